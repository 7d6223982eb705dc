"""Reading a mail file (.eml, or the source a mail client shows): its headers, and its text.

Python's `email` package with the default policy decodes encoded headers (=?utf-8?b?…?=) and
transfer encodings (base64, quoted-printable). Chinese mail often declares gb2312 while holding
characters only GBK has, so the GB charsets are read as GB18030, their superset. A mail with no
plain text is read from its HTML.
"""

from __future__ import annotations

import email
import re
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.errors import HeaderParseError
from email.header import decode_header
from email.message import EmailMessage, Message
from email.utils import getaddresses, parsedate_to_datetime
from html.parser import HTMLParser

GB = {"gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn", "hz-gb-2312", "gb_2312-80"}
_MIME_HEADERS = re.compile(
    r"^(received|message-id|mime-version|content-type|return-path|delivered-to|x-[\w-]+|"
    r"dkim-signature|authentication-results)\s*:",
    re.IGNORECASE | re.MULTILINE,
)
_HEADER = re.compile(r"^[A-Za-z][A-Za-z0-9-]*:[ \t]", re.MULTILINE)


@dataclass
class MailParts:
    sender_name: str
    sender_address: str
    sent_at: datetime | None
    subject: str
    text: str
    forwarded: MailParts | None = None  # a mail attached to this one (message/rfc822)


def looks_like_source(text: str) -> bool:
    """Headers as a mail file has them: the first line is a header, and there is a MIME one."""
    head = text.lstrip()[:4000]
    return bool(_HEADER.match(head)) and bool(_MIME_HEADERS.search(head.split("\n\n", 1)[0]))


def read_mail(data: bytes | str) -> MailParts | None:
    """The mail's parts, or None when it has no sender, date or subject (it is not a mail)."""
    if isinstance(data, str):
        message = email.message_from_string(data, policy=policy.default)
    else:
        message = email.message_from_bytes(data, policy=policy.default)
    # the raw headers: the policy's parsed ones raise on a damaged address (a CR inside it)
    if not any(_header_text(message, name) for name in ("From", "Date", "Subject")):
        return None
    return _parts(message)


def _parts(message: Message) -> MailParts:
    name, address = _sender(message)
    forwarded = None
    for part in message.walk():
        if part.get_content_type() == "message/rfc822" and part.is_multipart():
            inner = part.get_payload(0)
            if isinstance(inner, Message):
                forwarded = _parts(inner)
                break
    return MailParts(
        sender_name=name,
        sender_address=address,
        sent_at=_date(message),
        subject=_header_text(message, "Subject"),
        text=body_text(message),
        forwarded=forwarded,
    )


def _header_text(message: Message, name: str) -> str:
    """A header as text, its encoded words decoded here: the policy would decode a gb2312 word
    holding a GBK character into garbage."""
    raw = next((value for key, value in message.raw_items() if key.lower() == name.lower()), "")
    if not isinstance(raw, str):
        raw = str(raw)
    try:
        pieces = decode_header(raw)
    except (HeaderParseError, ValueError, IndexError, TypeError):  # too broken: as written
        return " ".join(raw.split())
    words = []
    for piece, charset in pieces:
        if isinstance(piece, bytes):
            words.append(_decode_bytes(piece, (charset or "").lower()))
        else:
            words.append(piece)
    return " ".join("".join(words).split())


def _sender(message: Message) -> tuple[str, str]:
    raw = _header_text(message, "From")
    if not raw:
        return "", ""
    [(name, address)] = getaddresses([raw])[:1] or [("", "")]
    if "@" not in address:
        return raw, ""
    return name, address


def _date(message: Message) -> datetime | None:
    raw = _header_text(message, "Date")
    if not raw:
        return None
    try:
        return parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return None


def body_text(message: Message) -> str:
    """The mail's text: its text/plain part, else its HTML made text."""
    part: Message | None = None
    if isinstance(message, EmailMessage):
        try:
            part = message.get_body(preferencelist=("plain", "html"))
        except (KeyError, LookupError):
            part = None
    if part is None:
        part = _first_text(message)
    if part is None:
        return ""
    text = decoded(part)
    if part.get_content_subtype() == "html":
        text = html_to_text(text)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _first_text(message: Message) -> Message | None:
    found: Message | None = None
    for part in message.walk():
        if part.get_content_maintype() != "text" or part.get_filename():
            continue
        if part.get_content_subtype() == "plain":
            return part
        found = found or part
    return found


def decoded(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        raw = part.get_payload()
        return raw if isinstance(raw, str) else ""
    return _decode_bytes(payload, (part.get_content_charset() or "").lower())


def _decode_bytes(data: bytes, charset: str) -> str:
    if charset in GB:
        charset = "gb18030"
    for name in filter(None, (charset, "utf-8", "gb18030")):
        try:
            return data.decode(name)
        except (LookupError, ValueError):  # ValueError: a NUL in the charset name
            continue
    return data.decode("latin-1")


class _TextOf(HTMLParser):
    """HTML as the text a reader sees: blocks on their own lines, paragraphs apart, quoted mail
    marked with "> " (so that it is dropped like a quote in plain text)."""

    LINES = {"div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "hr", "blockquote"}
    SKIP = {"style", "script", "head", "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = [""]
        self.skipping = 0
        self.quoting = 0
        self.divs: list[bool] = []  # for each open div: whether it holds a quoted mail

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self.skipping += 1
            return
        if tag == "blockquote":
            self.quoting += 1
        elif tag == "div":
            quote = _is_quote_div(attrs)
            self.divs.append(quote)
            self.quoting += quote
        self._block(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
            return
        closes_quote = tag == "blockquote" or (tag == "div" and self.divs and self.divs.pop())
        if closes_quote:
            self.quoting = max(0, self.quoting - 1)
        if tag != "br":
            self._block(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._block(tag)

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        text = " ".join(data.replace("\xa0", " ").split())
        if not text:
            return
        if not self.lines[-1] and self.quoting:
            self.lines[-1] = "> " * self.quoting
        joiner = " " if self.lines[-1] and not self.lines[-1].endswith(" ") else ""
        self.lines[-1] += joiner + text

    def _block(self, tag: str) -> None:
        if tag == "p" or (tag == "br" and not self.lines[-1]):
            # a paragraph, or a second line break: an empty line between
            if self.lines[-1]:
                self.lines.append("")
            if len(self.lines) > 1 and self.lines[-2]:
                self.lines.append("")
        elif (tag in self.LINES or tag == "br") and self.lines[-1]:
            self.lines.append("")


def _is_quote_div(attrs: list[tuple[str, str | None]]) -> bool:
    """Gmail and QQ mail put the quoted mail in a div of their own, not a blockquote."""
    values = " ".join(value or "" for name, value in attrs if name in ("class", "id"))
    return any(mark in values for mark in ("gmail_quote", "yahoo_quoted", "QQMailQuote"))


def html_to_text(markup: str) -> str:
    parser = _TextOf()
    parser.feed(markup)
    parser.close()
    return "\n".join(line.rstrip() for line in parser.lines).strip()
