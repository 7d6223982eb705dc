"""Fonts installed on the computer, for a character none of the bundled fonts has (𠮷, an emoji).

Looked for only when such a character turns up: the TrueType files (.ttf, .ttc) in the system's
font folders, or in the folders named by TURNAROUND_FONT_DIRS (separated like PATH), are read one
by one until one maps the character; that one is registered as "TurnaroundFallbackN". Files
reportlab cannot use (CFF outlines, colour bitmaps) are passed over.
"""

from __future__ import annotations

import os
import sys
import threading
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFile

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


@cache
def _cmap(path: Path) -> frozenset[int]:
    """The characters a font file maps (its first face), or none when reportlab cannot read it."""
    try:
        return frozenset(TTFontFile(str(path), subfontIndex=0).charToGlyph)
    except Exception:  # damaged, CFF, bitmap-only: not a font for us
        return frozenset()


def font_for(character: str) -> str | None:
    """The name of a registered installed font that has `character`, or None."""
    code = ord(character)
    with _lock:
        if code in _found:
            return _found[code]
        name = None
        for path in _candidates():
            if code in _cmap(path):
                name = _registered.get(path)
                if name is None:
                    name = f"{PREFIX}{len(_registered) + 1}"
                    try:
                        pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=0))
                    except Exception:
                        continue
                    _registered[path] = name
                break
        _found[code] = name
        return name


def forget() -> None:
    """Look again next time (the folders or their fonts changed: tests, a font just installed)."""
    with _lock:
        _found.clear()
        _cmap.cache_clear()
