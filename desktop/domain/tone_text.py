"""Letter text as the tone check reads it, with a way back to the user's own offsets.

The check matches phrases in a folded copy of the text: lower case; full-width letters, digits and
punctuation as their half-width forms (ＡＢＣ，→ abc,); any run of spaces, tabs, line breaks or
non-breaking spaces as one space between Latin words, and none at all where it touches a Chinese
character (按理 说 → 按理说); zero-width characters dropped; curly apostrophes straight. Phrases are
folded the same way, so a phrase list never needs spelling variants of width or spacing.
`Folded.span` maps a match in the folded copy back to the start and end in the original text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

# Han, kana, CJK punctuation and compatibility forms: where a space carries no meaning.
CJK = "\u2e80-\u2fff\u3001-\u303f\u3040-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_CHAR = re.compile(f"[{CJK}]")

_SPACES = "\t\n\v\f\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"


def _width_table() -> dict[int, str]:
    table = {code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}  # ！…～ → !…~
    for low, high in re.findall(r"(.)(?:-(.))?", _SPACES, re.DOTALL):
        for code in range(ord(low), ord(high or low) + 1):
            table[code] = " "
    for quote in "\u2018\u2019\u201b\u02bc\u2032":
        table[ord(quote)] = "'"
    table[0x130] = "I"  # the one character whose lower case is two characters long
    return table


_TABLE = _width_table()
_TO_FOLD = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_TABLE)) + "]")
# The gaps that change: a run of two or more, a zero-width character, or a space touching a CJK
# character. Every branch starts with a gap character, so the regex engine skips ahead in C.
_GAP = re.compile(
    f"[ {_ZERO_WIDTH}](?:[ {_ZERO_WIDTH}]+|(?<=[{_ZERO_WIDTH}])|(?<=[{CJK}][ {_ZERO_WIDTH}])"
    f"|(?=[{CJK}]))"
)


def _fold_char(match: re.Match[str]) -> str:
    return _TABLE[ord(match.group())]


@dataclass(frozen=True)
class Folded:
    """The folded text and, where it differs in length, anchors back to the original."""

    text: str
    _folded_at: tuple[int, ...] = ()  # positions in `text` where the offset changes …
    _original_at: tuple[int, ...] = ()  # … and the original position each one stands for

    def original(self, position: int) -> int:
        """The original offset of the folded character at `position`."""
        index = bisect_right(self._folded_at, position) - 1
        if index < 0:
            return position
        return self._original_at[index] + position - self._folded_at[index]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original (start, end) of the folded text[start:end] (end exclusive, end > start)."""
        return self.original(start), self.original(end - 1) + 1


@lru_cache(maxsize=8)  # check() and apology_gaps() fold the same letter
def fold(text: str) -> Folded:
    translated = _TO_FOLD.sub(_fold_char, text).lower()
    pieces: list[str] = []
    folded_at: list[int] = []
    original_at: list[int] = []
    kept = 0  # end of the original text copied so far
    length = 0  # length of the folded text built so far
    for gap in _GAP.finditer(translated):
        start, end = gap.span()
        pieces.append(translated[kept:start])
        length += start - kept
        spaced = " " in gap.group()
        touches_cjk = bool(
            (start > 0 and CJK_CHAR.match(translated, start - 1))
            or (end < len(translated) and CJK_CHAR.match(translated, end))
        )
        if spaced and not touches_cjk:
            pieces.append(" ")
            folded_at += [length, length + 1]
            original_at += [start, end]
            length += 1
        else:
            folded_at.append(length)
            original_at.append(end)
        kept = end
    if not pieces:
        return Folded(translated)
    pieces.append(translated[kept:])
    return Folded("".join(pieces), tuple(folded_at), tuple(original_at))
