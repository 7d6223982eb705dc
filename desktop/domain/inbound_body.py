"""The new text of a message, without the earlier mails it quotes.

A reply quotes what came before in many ways: "> " lines, "-----Original Message-----",
"-----原始邮件-----", an Outlook "From:/Sent:" block, "On … wrote:", "在 … 写道：". A forwarded
mail is kept apart, with its header lines, for it is the customer's own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, tzinfo

from desktop.domain.inbound_dates import date_line

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HEADER_NAMES = {
    "from": "from",
    "发件人": "from",
    "寄件者": "from",
    "sent": "date",
    "date": "date",
    "发送时间": "date",
    "已发送": "date",
    "日期": "date",
    "时间": "date",
    "to": "to",
    "收件人": "to",
    "cc": "cc",
    "抄送": "cc",
    "subject": "subject",
    "主题": "subject",
    "主旨": "subject",
    "reply-to": "reply_to",
}
HEADER_LINE = re.compile(
    r"^\s*\**(?P<name>" + "|".join(map(re.escape, HEADER_NAMES)) + r")\**\s*[:：]\s*(?P<value>.*)$",
    re.IGNORECASE,
)
_MARKER = re.compile(
    r"^\s*[-_=\s]*(?P<kind>original message|原始邮件|forwarded message|转发邮件信息|转发的邮件|"
    r"原邮件|邮件原文|original|回复的原邮件)\s*[-_=\s]*$",
    re.IGNORECASE,
)
_BEGIN_FORWARD = re.compile(
    r"^\s*(begin forwarded message|开始转发的邮件|转发的邮件)\s*[:：]\s*$", re.I
)
_RULE = re.compile(r"^\s*[_—–-]{10,}\s*$")
_WROTE = re.compile(r"(wrote|写道|寫道)\s*[:：]\s*$", re.IGNORECASE)
_ON = re.compile(r"^\s*(on\s|在\s*\d|于\s*\d|\d{4}[年/\-])", re.IGNORECASE)
_QUOTED = re.compile(r"^\s*>")
_SENDER_LINE = re.compile(
    r"^\s*(?:[\"“]?[^\"“”<>@:：\n]{1,40}[\"”]?\s*)?<[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+>\s*[;；]?\s*$"
)
FORWARD_KINDS = ("forwarded message", "转发邮件信息", "转发的邮件")


@dataclass
class QuotedBlock:
    """The earlier mail under a marker line: its header lines and its text."""

    headers: dict[str, str]
    body: str
    forwarded: bool


def split_quoted(text: str) -> tuple[str, QuotedBlock | None]:
    """The new text of a reply, and the first earlier mail it quotes (None when it quotes none).
    "> " lines are dropped wherever they are."""
    lines = text.split("\n")
    cut = None
    forwarded = False
    for index, line in enumerate(lines):
        marker = _MARKER.match(line) if ("-" in line or "_" in line or "=" in line) else None
        if marker or _BEGIN_FORWARD.match(line):
            cut = index
            kind = (marker["kind"] if marker else "forwarded message").lower()
            forwarded = kind in FORWARD_KINDS or marker is None
            break
        if _RULE.match(line) and _header_follows(lines, index + 1):
            cut = index
            break
        if HEADER_LINE.match(line) and _is_header_block(lines, index):
            cut = index
            break
        attribution = _attribution_at(lines, index)
        if attribution:
            cut = index
            break
    if cut is None:
        return _unquoted(lines), None
    head = _unquoted(lines[:cut])
    rest = lines[cut + 1 :] if not HEADER_LINE.match(lines[cut]) else lines[cut:]
    headers, body = read_header_block(rest)
    return head, QuotedBlock(headers, "\n".join(body), forwarded)


def _unquoted(lines: list[str]) -> str:
    return "\n".join(line for line in lines if not _QUOTED.match(line)).strip()


def _header_follows(lines: list[str], start: int) -> bool:
    for line in lines[start : start + 3]:
        if line.strip():
            return bool(HEADER_LINE.match(line))
    return False


def _is_header_block(lines: list[str], index: int) -> bool:
    """A "From:" line with a "Sent:" or "To:" line right under it: an Outlook-style quote."""
    first = HEADER_LINE.match(lines[index])
    if first is None or HEADER_NAMES[first["name"].lower()] != "from":
        return False
    kinds = set()
    for line in lines[index + 1 : index + 6]:
        found = HEADER_LINE.match(line)
        if found:
            kinds.add(HEADER_NAMES[found["name"].lower()])
    return bool(kinds & {"date", "to", "subject"})


def _attribution_at(lines: list[str], index: int) -> bool:
    """ "On <date>, <name> wrote:" (wrapped over two lines at most), or "在 … 写道："."""
    line = lines[index]
    if _WROTE.search(line) and (_ON.match(line) or len(line) < 200):
        return _next_is_quote(lines, index + 1) or bool(_ON.match(line))
    wrapped = index + 1 < len(lines) and _WROTE.search(lines[index + 1])
    return bool(_ON.match(line) and wrapped)


def _next_is_quote(lines: list[str], start: int) -> bool:
    for line in lines[start:]:
        if line.strip():
            return bool(_QUOTED.match(line))
    return True  # nothing after it: the quote was cut off


def read_header_block(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    """Header lines at the top ("From: …", "发件人：…"), and the lines after them."""
    headers: dict[str, str] = {}
    index = 0
    while index < len(lines) and not lines[index].strip():
        index += 1
    while index < len(lines):
        found = HEADER_LINE.match(lines[index])
        if found is None:
            break
        key = HEADER_NAMES[found["name"].lower()]
        headers.setdefault(key, found["value"].strip())
        index += 1
    return headers, lines[index:]


def read_unlabelled_header(
    lines: list[str], now: datetime, zone: tzinfo
) -> tuple[dict[str, str], list[str]]:
    """What Foxmail and QQ mail copy without labels: "王建国 <w@x.cn>", then the time, then
    perhaps labelled "收件人：" / "To:" lines — as the header lines they stand for, and the lines
    after them; ({}, lines) when the text does not start so."""
    index = 0
    while index < len(lines) and not lines[index].strip():
        index += 1
    if index >= len(lines) or not _SENDER_LINE.match(lines[index]):
        return {}, lines
    headers = {"from": lines[index].strip()}
    index += 1
    if index < len(lines) and date_line(lines[index].strip(), now, zone) is not None:
        headers["date"] = lines[index].strip()
        index += 1
    labelled, rest = read_header_block(lines[index:])
    if len(headers) == 1 and not labelled:  # a bare address above the words: not a header
        return {}, lines
    return {**labelled, **headers}, rest
