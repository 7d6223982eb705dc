"""Where a line may break, by the rules of Chinese typesetting (GB/T 15834, W3C clreq) and of
English: Chinese between any two characters, English only at spaces, and never

- before a closing mark: ，。、；：？！）》」』”’ and their kin (no line starts with one);
- after an opening mark: （《「『“‘ and their kin (no line ends with one);
- before …… (nor inside it), nor inside ——.

reportlab's own CJK wrap (reportlab.platypus.paragraph.cjkFragSplit) knows only some closing marks
(not ，；：？！》” ’), none of the opening ones, and hangs one mark into the margin; an English
paragraph there breaks only at spaces, so a Chinese run in it moves whole to the next line. Here a
mark that cannot start a line takes the character before it along instead (推出), so nothing
leaves the text block.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.rl_config import _FUZZ

from desktop.documents.fonts import is_cjk

NO_START = frozenset(
    "，。、；：？！）》」』”’〉】〕］｝〗〙〛｠｣、．﹐﹑﹒﹔﹕﹖﹗"
    ",.;:?!)]}%‰℃°′″…‥"
    "々〻ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶー・゛゜ゝゞヽヾ"
)
NO_END = frozenset("（《「『“‘〈【〔［｛〖〘〚｟｢([{$£¥￥€#@§")
INSEPARABLE = frozenset("…—‥")
SPACES = frozenset(" \t\u00a0")
BREAKING_SPACES = frozenset(" \t")


@dataclass(frozen=True)
class Line:
    start: int  # index of the first unit
    end: int  # one past the last unit drawn (trailing spaces excluded)
    resume: int  # where the next line starts (after the spaces the line broke at)
    width: float  # the drawn width
    hard: bool  # ended by a forced break (<br/>)
    at_space: bool  # broke at a space (the space is not drawn)


def may_break_before(previous: str, current: str) -> bool:
    """May a line end after `previous` and the next begin with `current`? ("" is an image.)"""
    if current in NO_START or previous in NO_END:
        return False
    if previous in BREAKING_SPACES:
        return True
    if current in SPACES or previous in SPACES:  # break after the space, not before it
        return False
    if previous in INSEPARABLE and current == previous:
        return False
    if not previous or not current:  # an inline image
        return True
    return is_cjk(previous) or is_cjk(current)


def _number_binds(chars: Sequence[str], position: int) -> bool:
    """Is `position` just after the spaces between a number and Chinese (已逾期 3 天, 第 2 页),
    or between two groups of digits (a phone number, 138 0013 8000)? Such spaces are only for
    looks: a number stays with the words it counts, and in one piece."""
    before = position - 1
    while before >= 0 and chars[before] in BREAKING_SPACES:
        before -= 1
    if before < 0 or position >= len(chars):
        return False
    left, right = chars[before], chars[position]
    if left.isdigit() and right.isdigit():
        return True
    return (left.isdigit() and is_cjk(right)) or (is_cjk(left) and right.isdigit())


def break_lines(
    chars: Sequence[str],
    advance: Sequence[float],
    widths: Sequence[float],
    hard_breaks: frozenset[int] = frozenset(),
) -> list[Line]:
    """Fill each line greedily, then step back to the last place a line may break.

    `chars[i]` is a character ("" for an image or a forced break) and `advance[i]` its width; a
    forced break ends the line that holds it. `widths[n]` is the width of line n (the last one
    repeats)."""
    lines: list[Line] = []
    count = len(chars)
    start = 0
    while start < count:
        room = widths[min(len(lines), len(widths) - 1)]
        used = 0.0
        best = -1  # the last index a line may start at, past `start`
        best_used = 0.0
        position = start
        end = count
        hard = False
        while position < count:
            if position in hard_breaks:
                end, hard = position + 1, True
                break
            char = chars[position]
            if (
                position > start
                and may_break_before(chars[position - 1], char)
                and not (chars[position - 1] in BREAKING_SPACES and _number_binds(chars, position))
            ):
                best, best_used = position, used
            used += advance[position]
            if used > room + _FUZZ and char not in SPACES:
                if best > start:
                    end, used = best, best_used
                else:  # no place to break (a long word or URL): cut before what overflows
                    end = max(position, start + 1)
                    used = sum(advance[start:end])
                break
            position += 1
        else:
            end = count
        drawn = end
        while drawn > start and chars[drawn - 1] in BREAKING_SPACES and not hard:
            drawn -= 1
            used -= advance[drawn]
        resume = end
        if not hard:
            while resume < count and chars[resume] in BREAKING_SPACES:
                resume += 1
        lines.append(Line(start, drawn, resume, used, hard, drawn < end or resume > end))
        start = resume
    return lines
