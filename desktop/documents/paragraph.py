"""The documents' Paragraph: reportlab's, with every character in a font that has it
(documents/glyphs.py) and lines broken by the rules of Chinese and English (documents/linebreak.py).

Use it for every paragraph of a document, in place of reportlab.platypus.Paragraph (a test checks
that the documents do): `Paragraph(mixed(text), style, where="doc.contact")`. `where` names the
field, for the message when a character cannot be printed.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus import paragraph as rl
from reportlab.platypus.paraparser import ParaFrag

from desktop.documents import glyphs
from desktop.documents.linebreak import break_lines


class Paragraph(rl.Paragraph):
    def __init__(
        self,
        text: str | None,
        style: Any = None,
        bulletText: str | None = None,  # noqa: N803 (reportlab's name: split() passes it)
        frags: list[Any] | None = None,
        caseSensitive: int = 1,  # noqa: N803
        encoding: str = "utf8",
        where: str | None = None,
    ) -> None:
        self.where = where
        fresh = frags is None
        super().__init__(
            # the parts of a split paragraph come with text None: reportlab's stubs say str
            glyphs.clean(text) if fresh and text else text,  # type: ignore[arg-type]
            style,
            bulletText=bulletText,
            frags=frags,
            caseSensitive=caseSensitive,
            encoding=encoding,
        )
        if fresh:  # the parts of a split paragraph have their fonts already
            self.frags = self._with_fonts(self.frags)

    def _with_fonts(self, frags: list[Any]) -> list[Any]:
        around = self.style.fontName
        whole = "".join(getattr(frag, "text", "") or "" for frag in frags)
        result = []
        for frag in frags:
            text = getattr(frag, "text", "")
            if not text or hasattr(frag, "cbDefn"):
                result.append(frag)
                continue
            parts = glyphs.runs(text, frag.fontName, around, self.where, whole)
            if len(parts) == 1 and parts[0][0] == frag.fontName:
                result.append(frag)
                continue
            result += [frag.clone(text=part, fontName=font) for font, part in parts]
        return result

    # --- line breaking -----------------------------------------------------------------------
    def breakLines(self, width: Any) -> Any:
        return self.breakLinesCJK(width)

    def breakLinesCJK(self, maxWidths: Any) -> Any:  # noqa: N803 (reportlab's names)
        widths = list(maxWidths) if isinstance(maxWidths, list | tuple) else [maxWidths]
        style = self.style
        self.height = 0
        rl._handleBulletWidth(  # type: ignore[attr-defined]  # reportlab's own helper, unexported
            self.bulletText, style, widths
        )
        if hasattr(self, "blPara") and getattr(self, "_splitpara", False):
            return self.blPara
        frags = self.frags
        if not frags:
            return rl.ParaLines(
                kind=0,
                fontSize=style.fontSize,
                fontName=style.fontName,
                textColor=style.textColor,
                lines=[],
                ascent=style.fontSize,
                descent=-0.2 * style.fontSize,
            )
        chars: list[str] = []
        advance: list[float] = []
        owner: list[int] = []  # which frag each character belongs to
        hard: set[int] = set()
        for number, frag in enumerate(frags):
            text = frag.text or ""
            if text and not hasattr(frag, "cbDefn"):
                chars += text
                advance += [_width(char, frag.fontName, frag.fontSize) for char in text]
                owner += [number] * len(text)
            else:  # an image, or a forced line break (<br/>)
                if hasattr(frag, "lineBreak"):
                    hard.add(len(chars))
                chars.append("")
                advance.append(getattr(getattr(frag, "cbDefn", None), "width", 0) or 0)
                owner.append(number)
        auto = getattr(self, "autoLeading", getattr(style, "autoLeading", ""))
        bounds = auto not in ("", "off")
        lines = []
        for number, line in enumerate(break_lines(chars, advance, widths, frozenset(hard))):
            room = widths[min(number, len(widths) - 1)]
            made = _frag_line(frags, chars, owner, line.start, line.end, bounds)
            made.__dict__.update(
                extraSpace=room - line.width,
                maxWidth=room,
                currentWidth=line.width,
                lineBreak=line.hard,
                atSpace=line.at_space,
            )
            lines.append(made)
        return rl.ParaLines(kind=1, lines=lines)

    def _get_split_blParaFunc(self) -> Any:
        # blPara and this method are reportlab internals its stubs leave out
        if self.blPara.kind == 1:  # type: ignore[attr-defined]
            return _rejoin
        return super()._get_split_blParaFunc()  # type: ignore[misc]


@cache
def _width(char: str, font: str, size: float) -> float:
    return stringWidth(char, font, size)


@cache
def _ascent_descent(font: str, size: float) -> tuple[float, float]:
    return getAscentDescent(font, size)


def _frag_line(
    frags: list[Any], chars: list[str], owner: list[int], start: int, end: int, bounds: bool
) -> Any:
    """reportlab's makeCJKParaLine, a run of characters of one frag at a time (not each
    character on its own: the report wraps thousands of table cells)."""
    words = []
    size = ascent = descent = 0.0
    position = start
    while position < end:
        number = owner[position]
        stop = position
        while stop < end and owner[stop] == number:
            stop += 1
        frag = frags[number]
        image = getattr(frag, "cbDefn", None)
        if bounds and image is not None and getattr(image, "width", None):
            # reportlab's own helpers for inline images, unexported
            low, high = rl.imgVRange(  # type: ignore[attr-defined]
                rl.imgNormV(image.height, frag.fontSize),  # type: ignore[attr-defined]
                image.valign,
                frag.fontSize,
            )
        else:
            high, low = _ascent_descent(frag.fontName, frag.fontSize)
        size, ascent, descent = max(size, frag.fontSize), max(ascent, high), min(descent, low)
        words.append(frag.clone(text="".join(chars[position:stop])))
        position = stop
    return rl.FragLine(
        kind=1, wordCount=1, words=words, fontSize=size, ascent=ascent, descent=descent
    )


def _rejoin(blPara: Any, start: int, stop: int) -> list[Any]:  # noqa: N803
    """The frags of lines start..stop of a paragraph split between pages, for its second part:
    as they were, with the space back where a line broke at one (reportlab adds a space at every
    line end, which would put spaces between Chinese characters)."""
    frags: list[Any] = []
    for line in blPara.lines[start:stop]:
        frags += list(line.words)
        if getattr(line, "atSpace", False) and frags:
            last = frags[-1]
            if isinstance(last, ParaFrag) and not hasattr(last, "cbDefn"):
                frags[-1] = last.clone(text=(last.text or "") + " ")
    return frags
