"""Fonts installed on the computer, for a character none of the bundled fonts has (𠮷, an emoji).

Looked for only when such a character turns up: the cmap tables of the TrueType files (.ttf,
.ttc) in the system's font folders, or in the folders named by TURNAROUND_FONT_DIRS (separated like
PATH), are read one by one until one maps the character; that one is registered as
"TurnaroundFallbackN". Files reportlab cannot use (CFF outlines, colour bitmaps) are passed over.
"""

from __future__ import annotations

import os
import struct
import sys
import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.paths import resources_dir

ENV_FONT_DIRS = "TURNAROUND_FONT_DIRS"
PREFIX = "TurnaroundFallback"
_lock = threading.Lock()
_registered: dict[Path, str] = {}
_found: dict[int, str | None] = {}


def font_dirs() -> list[Path]:
    """Where to look: TURNAROUND_FONT_DIRS when set, else the platform's font folders."""
    chosen = os.environ.get(ENV_FONT_DIRS)
    if chosen is not None:
        return [Path(part) for part in chosen.split(os.pathsep) if part]
    home = Path.home()
    if sys.platform == "win32":
        windows = Path(os.environ.get("WINDIR", r"C:\Windows"))
        local = Path(os.environ.get("LOCALAPPDATA", home / "AppData" / "Local"))
        return [windows / "Fonts", local / "Microsoft" / "Windows" / "Fonts"]
    if sys.platform == "darwin":
        return [Path("/System/Library/Fonts"), Path("/Library/Fonts"), home / "Library" / "Fonts"]
    return [
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        home / ".local" / "share" / "fonts",
        home / ".fonts",
    ]


def _candidates() -> list[Path]:
    bundled = resources_dir() / "fonts"
    found: list[Path] = []
    for folder in font_dirs():
        try:
            files = sorted(folder.rglob("*"))
        except OSError:
            continue
        found += [
            path
            for path in files
            if path.suffix.lower() in (".ttf", ".ttc") and path.parent != bundled
        ]
    return found


def _maps(path: Path, code: int) -> bool:
    """Does the font file (its first face) map `code`? Only its cmap table is read, so a folder
    of large fonts is searched in a moment; reportlab reads the whole font only once one fits."""
    try:
        with path.open("rb") as file:
            head = file.read(12)
            offset = 0
            if head[:4] == b"ttcf":  # a collection: the first face
                file.seek(12)
                (offset,) = struct.unpack(">I", file.read(4))
                file.seek(offset)
                head = file.read(12)
            if head[:4] not in (b"\x00\x01\x00\x00", b"true"):
                return False  # CFF outlines (OTTO) or not a font: reportlab cannot use it
            (tables,) = struct.unpack(">H", head[4:6])
            directory = file.read(16 * tables)
            for index in range(tables):
                tag, _, start, length = struct.unpack_from(">4sIII", directory, 16 * index)
                if tag == b"cmap":
                    file.seek(start)
                    return _cmap_has(file.read(length), code)
    except (OSError, struct.error, ValueError):
        pass
    return False


def _cmap_has(table: bytes, code: int) -> bool:
    (count,) = struct.unpack_from(">H", table, 2)
    for index in range(count):
        platform, encoding, offset = struct.unpack_from(">HHI", table, 4 + 8 * index)
        if (platform, encoding) not in ((3, 1), (3, 10), (0, 3), (0, 4), (0, 6)):
            continue
        (form,) = struct.unpack_from(">H", table, offset)
        if form == 12:
            (groups,) = struct.unpack_from(">I", table, offset + 12)
            for group in range(groups):
                first, last, _ = struct.unpack_from(">III", table, offset + 16 + 12 * group)
                if first <= code <= last:
                    return True
        elif form == 4 and code <= 0xFFFF:
            (doubled,) = struct.unpack_from(">H", table, offset + 6)
            segments = doubled // 2
            ends = struct.unpack_from(f">{segments}H", table, offset + 14)
            starts = struct.unpack_from(f">{segments}H", table, offset + 16 + doubled)
            for first, last in zip(starts, ends, strict=True):
                if first <= code <= last and code != 0xFFFF:
                    return True
    return False


def _registered_font(path: Path) -> TTFont | None:
    name = _registered.get(path)
    if name is None:
        name = f"{PREFIX}{len(_registered) + 1}"
        try:
            pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=0))
        except Exception:  # damaged, or outlines reportlab cannot embed
            return None
        _registered[path] = name
    font = pdfmetrics.getFont(name)
    assert isinstance(font, TTFont)
    return font


def font_for(character: str) -> str | None:
    """The name of a registered installed font that has `character`, or None."""
    code = ord(character)
    with _lock:
        if code not in _found:
            _found[code] = None
            for path in _candidates():
                if _maps(path, code):
                    font = _registered_font(path)
                    if font is not None and code in font.face.charToGlyph:
                        _found[code] = font.fontName
                        break
        return _found[code]


def forget() -> None:
    """Look again next time (the folders or their fonts changed: tests, a font just installed)."""
    with _lock:
        _found.clear()
