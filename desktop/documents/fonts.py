"""The fonts of the documents: CJK text in the CJK font, Latin text in the Latin font.

Registered once per process; both are TrueType and embedded as subsets. reportlab has no glyph
fallback, so `mixed()` marks the runs of each script with <font> tags.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.paths import resource

CJK = "TurnaroundCJK"
LATIN = "TurnaroundLatin"
LATIN_BOLD = "TurnaroundLatin-Bold"

# CJK ideographs (incl. extension A and B, compatibility), kana, Hangul, CJK punctuation,
# full-width forms: everything the Latin font lacks and the CJK font has
_CJK_RUN = re.compile(
    r"[\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3100-\u31ff\u3200-\u33ff\u3400-\u4dbf"
    r"\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003134f]+"
)


class FontError(Exception):
    """A font file that is missing or that reportlab cannot use (e.g. CFF outlines)."""


@cache
def register(cjk_path: str | None = None) -> None:
    """Register the fonts once. `cjk_path` overrides the bundled CJK font (Settings)."""
    path = Path(cjk_path) if cjk_path else resource("fonts", "wqy-microhei.ttc")
    try:
        pdfmetrics.registerFont(TTFont(CJK, str(path), subfontIndex=0))
        pdfmetrics.registerFont(TTFont(LATIN, str(resource("fonts", "DejaVuSans.ttf"))))
        pdfmetrics.registerFont(TTFont(LATIN_BOLD, str(resource("fonts", "DejaVuSans-Bold.ttf"))))
    except Exception as error:  # reportlab raises TTFError, IOError and more
        raise FontError(f"cannot use the font {path}: {error}") from error
    pdfmetrics.registerFontFamily(
        LATIN, normal=LATIN, bold=LATIN_BOLD, italic=LATIN, boldItalic=LATIN_BOLD
    )
    # the CJK font has one weight: <b> inside Chinese keeps the same face rather than failing
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(CJK, bold, italic, CJK)


def mixed(text: str) -> str:
    """Paragraph markup for plain text: XML-escaped, CJK runs in the CJK font."""
    parts = []
    position = 0
    for match in _CJK_RUN.finditer(text):
        parts.append(escape(text[position : match.start()]))
        parts.append(f'<font name="{CJK}">{escape(match.group(0))}</font>')
        position = match.end()
    parts.append(escape(text[position:]))
    return "".join(parts).replace("\n", "<br/>")


def has_cjk(text: str) -> bool:
    return bool(_CJK_RUN.search(text))


def mixed_plain_font(text: str) -> str:
    """For canvas strings (no markup): the CJK font if the text has any CJK, else Latin."""
    return CJK if has_cjk(text) else LATIN
