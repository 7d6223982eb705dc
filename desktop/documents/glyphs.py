"""Which font sets each character: the one the text asks for when it has the glyph, else another
bundled font, else an installed one (documents/fallback.py); when none has it, the export stops
and names the character (UnprintableCharacterError) — nothing prints blank.

Chinese characters, and the quotation marks, …… and —— beside them, go to the CJK font of the
same style as the text around them: serif (UMing) in a serif body, sans (WenQuanYi) in a sans
heading. DejaVu has “”…— too, narrower and wrongly placed for Chinese.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, cast

from reportlab.pdfbase import pdfmetrics

if TYPE_CHECKING:
    from reportlab.pdfbase.ttfonts import TTFont

from desktop.documents import fallback
from desktop.documents.fonts import (
    CJK_CUSTOM,
    CJK_SANS,
    CJK_SERIF,
    LATIN,
    LATIN_BOLD,
    SANS_FACE,
    SERIF,
    SERIF_BOLD,
    SERIF_FACE,
    body_fonts,
    is_cjk,
)
from desktop.domain.errors import UnprintableCharacterError

# invisible code points no font needs: variation selectors (the emoji presentation one), joiners,
# zero-width spaces, the byte-order mark, soft hyphens
_IGNORABLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff\ufe00-\ufe0f\U000e0100-\U000e01ef]")
_SHARED = frozenset("\u2018\u2019\u201c\u201d\u2026\u2014\u2015\u00b7\u2025")
_STYLE = {
    LATIN: (SANS_FACE, False),
    LATIN_BOLD: (SANS_FACE, True),
    SERIF: (SERIF_FACE, False),
    SERIF_BOLD: (SERIF_FACE, True),
}
_CJK_FACES = {CJK_SANS: SANS_FACE, CJK_SERIF: SERIF_FACE}
_LATIN_OF = {
    (SANS_FACE, False): LATIN,
    (SANS_FACE, True): LATIN_BOLD,
    (SERIF_FACE, False): SERIF,
    (SERIF_FACE, True): SERIF_BOLD,
}
_CJK_OF = {SANS_FACE: CJK_SANS, SERIF_FACE: CJK_SERIF}
EXCERPT = 12  # characters either side of an unprintable one, to say where it is


def style_of(font: str, around: str | None = None) -> tuple[str, bool]:
    """(face, bold) of a font name: ours, the CJK ones (they take the style of the text around
    them, `around`), or a stray standard font (Helvetica, Times) mapped onto ours."""
    if font in _STYLE:
        return _STYLE[font]
    if _is_cjk_font(font):
        if around is not None and not _is_cjk_font(around):
            return style_of(around)
        return (_CJK_FACES.get(font) or body_fonts().face, False)
    lower = font.lower()
    if font.startswith(fallback.PREFIX):
        return (body_fonts().face, False)
    face = (
        SERIF_FACE if "times" in lower or ("serif" in lower and "sans" not in lower) else SANS_FACE
    )
    return (face, "bold" in lower)


def _is_cjk_font(font: str) -> bool:
    return font in _CJK_FACES or font.startswith(CJK_CUSTOM)


def cjk_of(face: str) -> str:
    """The CJK font of a style: the body's own (perhaps one chosen by path) for the body's style."""
    body = body_fonts()
    return body.cjk if face == body.face else _CJK_OF[face]


def has_glyph(font: str, character: str) -> bool:
    # every font registered here is a TrueType font, whose face maps characters to glyphs
    return ord(character) in cast("TTFont", pdfmetrics.getFont(font)).face.charToGlyph


def clean(text: str) -> str:
    return _IGNORABLE.sub("", text)


def _wants_cjk(text: str, index: int) -> bool:
    character = text[index]
    if is_cjk(character):
        return True
    if character not in _SHARED:
        return False
    for step in (-1, 1):  # a quotation mark or …… beside Chinese, across other such marks
        position = index + step
        while 0 <= position < len(text) and text[position] in _SHARED:
            position += step
        if 0 <= position < len(text) and is_cjk(text[position]):
            return True
    return False


def font_for(character: str, face: str, bold: bool, cjk: bool) -> str | None:
    """The font that sets `character` in text of this style, or None when no font has it."""
    latin, cjk_font = _LATIN_OF[(face, bold)], cjk_of(face)
    first = (cjk_font, latin) if cjk else (latin, cjk_font)
    for font in (*first, LATIN, body_fonts().cjk, CJK_SANS, CJK_SERIF, SERIF):
        if has_glyph(font, character):
            return font
    return fallback.font_for(character)


def runs(
    text: str, font: str, around: str | None, where: str | None, whole: str = ""
) -> list[tuple[str, str]]:
    """`text` (set in `font`, inside text set in `around`) cut into (font, text) runs in which
    every character has its glyph. Raises UnprintableCharacterError naming the character and `where`
    (a catalog key or words), or an excerpt of `whole` when `where` is None."""
    face, bold = style_of(font, around)
    in_cjk_font = _is_cjk_font(font)
    result: list[tuple[str, str]] = []
    current = ""
    start = 0
    for index, character in enumerate(text):
        if character in " \u00a0" and current:
            continue  # a space goes with the run it is in
        cjk = _wants_cjk(text, index) or (in_cjk_font and character in _SHARED)
        chosen = font_for(character, face, bold, cjk)
        if chosen is None:
            raise UnprintableCharacterError(character, where or _excerpt(whole or text, character))
        if chosen != current:
            if index > start:
                result.append((current, text[start:index]))
            current, start = chosen, index
    if start < len(text):
        result.append((current or _LATIN_OF[(face, bold)], text[start:]))
    return result


def _excerpt(text: str, character: str) -> str:
    position = text.find(character)
    before = text[max(0, position - EXCERPT) : position]
    after = text[position + len(character) : position + len(character) + EXCERPT]
    return ("…" if position > EXCERPT else "") + before + character + after
