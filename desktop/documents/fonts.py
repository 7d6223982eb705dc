"""The fonts of the documents: a serif or a sans body, CJK text in the CJK font of the same style.

Every font is TrueType, bundled in resources/fonts and embedded as a subset:

    sans   DejaVu Sans (+ Bold)     with WenQuanYi Micro Hei (黑体-like)
    serif  DejaVu Serif (+ Bold)    with AR PL UMing (宋体-like)

Registered once per process by `register()`, which also chooses the body style ("serif", the
default, or "sans"; or the path of another TrueType font for Chinese, with a sans body). reportlab
has no glyph fallback: `mixed()` marks the CJK runs of plain text with <font name=CJK>, and the
documents' own Paragraph (documents/paragraph.py) then gives every character a font that has it.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import cast
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from desktop.domain.settings import DEFAULT_DOCUMENT_FONT, DOCUMENT_FONTS
from desktop.paths import resource

LATIN = "TurnaroundLatin"  # DejaVu Sans
LATIN_BOLD = "TurnaroundLatin-Bold"
SERIF = "TurnaroundSerif"  # DejaVu Serif
SERIF_BOLD = "TurnaroundSerif-Bold"
CJK_SANS = "TurnaroundCJKSans"  # WenQuanYi Micro Hei, or the font chosen by path
CJK_SERIF = "TurnaroundCJKSerif"  # AR PL UMing
CJK = CJK_SANS  # in markup, any CJK face means "the CJK font of the surrounding text"
CJK_CUSTOM = "TurnaroundCJKCustom"  # + a number: a TrueType font chosen by path

SERIF_FACE, SANS_FACE = DOCUMENT_FONTS
FACES = DOCUMENT_FONTS
DEFAULT_FACE = DEFAULT_DOCUMENT_FONT

# CJK ideographs (incl. extension A and B, compatibility), kana, Hangul, CJK punctuation,
# full-width forms: everything the Latin fonts lack and the CJK fonts have
_CJK_CHARS = (
    r"\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3100-\u31ff\u3200-\u33ff\u3400-\u4dbf"
    r"\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003134f"
)
# Punctuation both scripts use: set in the CJK font beside Chinese (“引号”、……、——), else Latin
_SHARED = "\u2018\u2019\u201c\u201d\u2026\u2014\u2015\u00b7\u2025"
_CJK_RUN = re.compile(
    rf"[{_SHARED}]*[{_CJK_CHARS}](?:[{_CJK_CHARS}{_SHARED}]*[{_CJK_CHARS}])?[{_SHARED}]*"
)
_IS_CJK = re.compile(rf"[{_CJK_CHARS}]")


class FontError(Exception):
    """A font file that is missing or that reportlab cannot use (e.g. CFF outlines)."""


@dataclass(frozen=True)
class BodyFonts:
    """The body style chosen by `register()`: its Latin faces and its CJK face."""

    face: str  # SERIF_FACE or SANS_FACE
    latin: str
    latin_bold: str
    cjk: str


_SERIF_BODY = BodyFonts(SERIF_FACE, SERIF, SERIF_BOLD, CJK_SERIF)
_SANS_BODY = BodyFonts(SANS_FACE, LATIN, LATIN_BOLD, CJK_SANS)
_lock = threading.Lock()
_chosen: dict[str, object] = {}  # "body": BodyFonts, "choice": the choice registered last
_custom_names: dict[str, str] = {}


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab.pdfbase.ttfonts.makeToUnicodeCMap, with characters beyond the BMP (𠮷, emoji)
    written as UTF-16 surrogate pairs: reportlab writes their code point as is (<20BB7>), which
    is invalid, and the character cannot then be copied or searched in the PDF."""

    def utf16(code: int) -> str:
        return chr(code).encode("utf-16-be", "surrogatepass").hex().upper()

    pairs = [f"<{index:02X}> <{utf16(code)}>" for index, code in enumerate(subset)]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *pairs,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


@cache
def _load(name: str, path: str, index: int) -> TTFont:
    try:
        return TTFont(name, path, subfontIndex=index)
    except Exception as error:  # reportlab raises TTFError, IOError and more
        raise FontError(f"cannot use the font {path}: {error}") from error


def _bundled(file: str) -> str:
    return str(resource("fonts", file))


def _register_bundled() -> None:
    """Every bundled font under its own name, once: reportlab maps a name registered again (or a
    second name for the same face) to the first font object, so names are never re-used."""
    files = {
        LATIN: "DejaVuSans.ttf",
        LATIN_BOLD: "DejaVuSans-Bold.ttf",
        SERIF: "DejaVuSerif.ttf",
        SERIF_BOLD: "DejaVuSerif-Bold.ttf",
        CJK_SANS: "wqy-microhei.ttc",
        CJK_SERIF: "uming.ttc",
    }
    for name, file in files.items():
        pdfmetrics.registerFont(_load(name, _bundled(file), 0))
    pdfmetrics.registerFontFamily(
        LATIN, normal=LATIN, bold=LATIN_BOLD, italic=LATIN, boldItalic=LATIN_BOLD
    )
    pdfmetrics.registerFontFamily(
        SERIF, normal=SERIF, bold=SERIF_BOLD, italic=SERIF, boldItalic=SERIF_BOLD
    )
    _one_weight(CJK_SANS)
    _one_weight(CJK_SERIF)


def _one_weight(cjk: str) -> None:
    """A CJK font has one weight: <b> inside Chinese keeps the face rather than failing."""
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(cjk, bold, italic, cjk)


def _register_custom(path: str) -> str:
    name = _custom_names.get(path)
    if name is None:
        name = f"{CJK_CUSTOM}{len(_custom_names) + 1}"
        pdfmetrics.registerFont(_load(name, str(Path(path)), 0))
        _one_weight(name)
        _custom_names[path] = name
    return name


def register(choice: str | None = None) -> BodyFonts:
    """Register the fonts (once) and choose the body: "serif" (default), "sans", or the path of
    another TrueType font for Chinese (then the body is sans). Cheap when nothing changes."""
    choice = choice or DEFAULT_FACE
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    with _lock:
        if _chosen.get("choice") == choice:
            return cast(BodyFonts, _chosen["body"])
        if not _chosen:
            _register_bundled()
        if choice == SERIF_FACE:
            body = _SERIF_BODY
        elif choice == SANS_FACE:
            body = _SANS_BODY
        else:
            body = BodyFonts(SANS_FACE, LATIN, LATIN_BOLD, _register_custom(choice))
        _chosen.update(choice=choice, body=body)
        return body


def body_fonts() -> BodyFonts:
    """The body chosen by the last `register()`; the default when none was made yet."""
    body = _chosen.get("body")
    return body if isinstance(body, BodyFonts) else register()


def mixed(text: str) -> str:
    """Paragraph markup for plain text: XML-escaped, CJK runs (with the quotation marks, ……
    and —— beside them) in the CJK font."""
    cjk = body_fonts().cjk
    parts = []
    position = 0
    for match in _CJK_RUN.finditer(text):
        parts.append(escape(text[position : match.start()]))
        parts.append(f'<font name="{cjk}">{escape(match.group(0))}</font>')
        position = match.end()
    parts.append(escape(text[position:]))
    return "".join(parts).replace("\n", "<br/>")


def has_cjk(text: str) -> bool:
    return bool(_IS_CJK.search(text))


def is_cjk(character: str) -> bool:
    return bool(_IS_CJK.match(character))


def mixed_plain_font(text: str) -> str:
    """For canvas strings (no markup): the CJK font if the text has any CJK, else Latin."""
    return body_fonts().cjk if has_cjk(text) else LATIN
