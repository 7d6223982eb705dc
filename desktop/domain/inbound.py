"""The customer's message as it arrives — a mail, a chat, or text copied from either — read
into the intake fields: who wrote it, how to reach them, when, for which organisation, and
the complaint in their own words (without the mails it quotes and without the signature)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from email.utils import parseaddr
from typing import Any

from desktop.domain.catalog import join_words
from desktop.domain.catalog import text as catalog_text
from desktop.domain.complaint import Intake
from desktop.domain.enums import Channel, Language
from desktop.domain.errors import TurnaroundError
from desktop.domain.inbound_body import (
    CJK,
    QuotedBlock,
    read_header_block,
    read_unlabelled_header,
    split_quoted,
)
from desktop.domain.inbound_dates import parse_when
from desktop.domain.inbound_mime import MailParts, looks_like_source, read_mail
from desktop.domain.inbound_signature import Signature, organisation_in, split_signature
from desktop.domain.inbound_subject import case_title
from desktop.domain.validation import clean_email, clean_phone

MAX_TEXT = 200_000  # characters: more is not a message someone wrote
_FORWARD_SUBJECT = re.compile(r"^\s*(fw|fwd|转发|轉寄)\s*[:：]", re.IGNORECASE)
_REPLY_PREFIX = re.compile(r"^\s*((re|fw|fwd|aw|wg|答复|回复|转发)\s*[:：]\s*)+", re.IGNORECASE)
_IM_LINE = re.compile(
    r"^\s*(?P<name>[^\s:：,，。!！?？][^:：,，。!！?？]{0,29}?)\s*[·•]?\s+"
    r"(?P<when>(?:\d{4}\s*[年/.\-]\s*)?(?:\d{1,2}\s*[月/\-]\s*\d{1,2}\s*日?\s*)?"
    r"(?:\([^)]*\)\s*|（[^）]*）\s*|星期.\s*|周.\s*)?(?:昨天|前天|今天|yesterday|today)?\s*"
    r"(?:上午|下午|中午|晚上|凌晨|早上)?\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?:\s*[AaPp][Mm])?)\s*$",
    re.IGNORECASE,
)
_NAME_DECORATION = re.compile(r"^[【\[(（][^】\])）]*[】\])）]\s*|\s*[(（]\d{5,}[)）]$")
_MAILTO = re.compile(r"\[mailto:([^\]]+)\]", re.IGNORECASE)
_LETTERS = re.compile(rf"[A-Za-z{CJK}]")
FILLABLE = (
    "customer",
    "contact_name",
    "contact_email",
    "contact_phone",
    "channel",
    "received_at",
    "complaint_text",
    "title",  # from the subject, and only into an empty field: never asked about
)
# what the user may have typed, so that a different value is asked about before it is replaced
TYPED = ("customer", "contact_name", "contact_email", "contact_phone", "complaint_text")


class InboundError(TurnaroundError):
    """A message that cannot be read; `code` names the catalog message."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(self.message(Language.EN))

    def message(self, lang: Language) -> str:
        return catalog_text(f"error.{self.code}", lang, **self.params)


@dataclass(frozen=True)
class InboundMessage:
    customer: str = ""
    contact_name: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    channel: Channel | None = None
    received_at: datetime | None = None
    complaint_text: str = ""
    subject: str = ""

    @property
    def title(self) -> str:
        """The subject as the case's short title, or "" when it does not make one."""
        return case_title(self.subject)

    def found(self) -> list[str]:
        """The intake fields it has a value for, in the form's order."""
        return [name for name in FILLABLE if getattr(self, name)]


# --- reading ----------------------------------------------------------------------------------
def parse_message(text: str, now: datetime, zone: tzinfo) -> InboundMessage:
    """Text copied from a mail client (its source, or the header lines it copies), from a chat
    program, or just the words: InboundError("inbound_empty" / "inbound_no_words") when there is
    nothing to read."""
    text = _normalised(text)
    if not text.strip():
        raise InboundError("inbound_empty")
    if len(text) > MAX_TEXT:
        raise InboundError("inbound_too_long", limit=MAX_TEXT)
    if not _LETTERS.search(text):
        raise InboundError("inbound_no_words")
    if looks_like_source(text):
        parts = read_mail(text)
        if parts is not None:
            return _from_mail(parts, zone, now)
    headers, rest = read_header_block(text.split("\n"))
    if not headers:
        headers, rest = read_unlabelled_header(text.split("\n"), now, zone)
    if "from" in headers or ("date" in headers and "subject" in headers):
        return _from_copied_mail(headers, "\n".join(rest), now, zone)
    chat = _from_chat(text, now, zone)
    if chat is not None:
        return chat
    new_text, _quoted = split_quoted(text)
    body, signature = split_signature(new_text or text)
    return _message(signature=signature, complaint_text=body)


def parse_eml(data: bytes, zone: tzinfo, now: datetime | None = None) -> InboundMessage:
    """A mail file: InboundError("inbound_not_mail") when it has no sender, date or subject."""
    parts = read_mail(data)
    if parts is None:
        raise InboundError("inbound_not_mail")
    return _from_mail(parts, zone, now)


def text_of(data: bytes) -> str | None:
    """The text a file holds (UTF-8, UTF-16 with its mark, or the GB encodings), or None when it
    is not text (a NUL byte, bytes no encoding reads, or mostly control characters)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    if b"\x00" in data[:65536]:
        return None
    text = None
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    if text is None:
        return None
    sample = text[:65536]
    controls = sum(1 for char in sample if char < " " and char not in "\t\n\r\f")
    return None if controls > len(sample) // 20 else text


def _normalised(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = text.lstrip("\ufeff").replace("\xa0", " ").replace("\u200b", "")
    return unicodedata.normalize("NFC", text)


def _from_mail(parts: MailParts, zone: tzinfo, now: datetime | None) -> InboundMessage:
    if parts.forwarded is not None and (
        _FORWARD_SUBJECT.match(parts.subject) or len(_normalised(parts.text).strip()) < 200
    ):
        return _from_mail(parts.forwarded, zone, now)
    sent = parts.sent_at.astimezone(zone) if parts.sent_at else None
    if sent is not None and sent.tzinfo is None:
        sent = sent.replace(tzinfo=zone)
    headers = {"subject": parts.subject}
    sender = (parts.sender_name, parts.sender_address)
    return _mail_message(sender, sent, headers, _normalised(parts.text), now, zone)


def _from_copied_mail(
    headers: dict[str, str], body: str, now: datetime, zone: tzinfo
) -> InboundMessage:
    sender = sender_of(headers.get("from", ""))
    sent = parse_when(headers["date"], now, zone) if headers.get("date") else None
    return _mail_message(sender, sent, headers, body, now, zone)


def _mail_message(
    sender: tuple[str, str],
    sent: datetime | None,
    headers: dict[str, str],
    body: str,
    now: datetime | None,
    zone: tzinfo,
) -> InboundMessage:
    subject = headers.get("subject", "")
    new_text, quoted = split_quoted(body)
    if quoted is not None and _is_forward(quoted, subject, new_text):
        inner = sender_of(quoted.headers.get("from", ""))
        when = quoted.headers.get("date", "")
        inner_sent = parse_when(when, now or sent or datetime.now(zone), zone) if when else None
        inner_subject = quoted.headers.get("subject", subject)
        if any(inner) or inner_sent:
            return _mail_message(
                inner, inner_sent, {"subject": inner_subject}, quoted.body, now, zone
            )
    words, signature = split_signature(new_text)
    name, address = sender
    words = without_sign_off(words, name or signature.name)
    return _message(
        signature=signature,
        contact_name=name,
        contact_email=address,
        received_at=sent,
        complaint_text=words,
        channel=Channel.EMAIL,
        subject=_REPLY_PREFIX.sub("", subject).strip(),
    )


def without_sign_off(words: str, name: str) -> str:
    """Without a last line that is only the sender's name ("Chloe", "— Sarah", "王建国")."""
    lines = words.rstrip().split("\n")
    last = lines[-1].strip(" -–—~,.，。") if lines else ""
    tokens = {token.lower() for token in re.split(r"[\s,]+", name) if token}
    if len(lines) > 1 and last and (last == name or last.lower() in tokens):
        return "\n".join(lines[:-1]).rstrip()
    return words


def _is_forward(quoted: QuotedBlock, subject: str, new_text: str) -> bool:
    """A forwarded mail is the customer's; what is quoted under a reply is not."""
    return quoted.forwarded or bool(_FORWARD_SUBJECT.match(subject)) or not new_text.strip()


def _from_chat(text: str, now: datetime, zone: tzinfo) -> InboundMessage | None:
    """ "王经理 2026/11/24 10:32" lines, each followed by a message: the first speaker is the
    customer; their messages, in order, are the complaint."""
    lines = text.split("\n")
    first = next((index for index, line in enumerate(lines) if line.strip()), 0)
    if not _IM_LINE.match(lines[first]):
        return None
    messages: list[tuple[str, datetime | None, list[str]]] = []
    for line in lines[first:]:
        found = _IM_LINE.match(line)
        if found:
            messages.append((_speaker(found["name"]), parse_when(found["when"], now, zone), []))
        else:
            messages[-1][2].append(line)
    speaker = messages[0][0]
    theirs = [m for m in messages if m[0] == speaker and "\n".join(m[2]).strip()]
    if not theirs:
        return None
    said = "\n".join("\n".join(m[2]).strip() for m in theirs)
    words, signature = split_signature(said)
    heading = _IM_LINE.match(lines[first])
    assert heading is not None  # checked above
    raw_name = heading["name"]
    organisation = re.search(r"[(（]([^)）]+)[)）]", raw_name)
    customer = organisation_in(organisation.group(1)) if organisation else ""
    return _message(
        signature=signature,
        customer=customer,
        contact_name=speaker,
        received_at=theirs[0][1],
        complaint_text=words,
        channel=Channel.IM,
    )


def _speaker(name: str) -> str:
    """ "【客户】王经理(13800)" → "王经理"; "王经理（华信银行）" → "王经理"."""
    name = _NAME_DECORATION.sub("", name.strip())
    return re.sub(r"\s*[(（][^)）]*[)）]\s*$", "", name).strip()


def sender_of(value: str) -> tuple[str, str]:
    """The name and address in a From line as mail clients copy it: "王建国 <w@x.cn>",
    "\"Miller, Sarah\" <s@x.com>", "Miller, Sarah [mailto:s@x.com]", "w@x.cn"."""
    value = _MAILTO.sub(r"<\1>", value.strip().rstrip(";；"))
    value = value.replace("“", '"').replace("”", '"')
    name, address = parseaddr(value)
    if not address or "@" not in address:
        found = re.search(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+", value)
        address = found.group(0) if found else ""
        name = value.replace(address, "").strip(" <>\"'[]()") if address else value.strip(" \"'")
    name = name.strip(" \"'")
    if "@" in name:
        name = ""
    return _first_name_first(name), address


def _first_name_first(name: str) -> str:
    """Outlook writes "Miller, Sarah"; a letter says "Sarah Miller"."""
    last, comma, first = name.partition(", ")
    if comma and " " not in last and " " not in first and last.isascii():
        return f"{first} {last}"
    return name


def _message(signature: Signature, **values: Any) -> InboundMessage:
    """The message, its gaps filled from the signature, every value one the intake accepts."""
    values.setdefault("contact_name", "")
    values.setdefault("customer", "")
    if not values["contact_name"]:
        values["contact_name"] = signature.name
    if not values["customer"]:
        values["customer"] = signature.organisation
    if not values.get("contact_email"):
        values["contact_email"] = signature.email
    values["contact_phone"] = signature.phone
    for name, clean in (("contact_email", clean_email), ("contact_phone", clean_phone)):
        try:
            values[name] = clean(name, str(values[name]))
        except TurnaroundError:
            values[name] = ""
    text = str(values.get("complaint_text", ""))
    values["complaint_text"] = re.sub(r"\n{3,}", "\n\n", text).strip()
    for name in ("customer", "contact_name", "subject"):
        values[name] = " ".join(str(values.get(name, "")).split())[:200]
    return InboundMessage(**values)


# --- filling a case ---------------------------------------------------------------------------
@dataclass(frozen=True)
class FillPlan:
    """What a message would change in a case's intake: the empty fields it fills, and the
    fields where it differs from what the user typed (replaced only when they agree)."""

    fill: dict[str, object] = field(default_factory=dict)
    conflicts: dict[str, object] = field(default_factory=dict)

    def values(self, replace: bool) -> dict[str, object]:
        return {**self.fill, **self.conflicts} if replace else dict(self.fill)


def fill_plan(intake: Intake, message: InboundMessage, blank: Iterable[str] = ()) -> FillPlan:
    """`blank`: fields whose current value the user never chose (the received time the form
    shows by default), filled as if empty."""
    fill: dict[str, object] = {}
    conflicts: dict[str, object] = {}
    treat_blank = set(blank)
    for name in FILLABLE:
        new = getattr(message, name)
        if not new:
            continue
        old = getattr(intake, name)
        if not old or name in treat_blank:
            fill[name] = new
        elif name in TYPED and _differs(old, new):
            conflicts[name] = new
    return FillPlan(fill, conflicts)


def _differs(old: object, new: object) -> bool:
    if isinstance(old, str) and isinstance(new, str):
        return " ".join(old.split()) != " ".join(new.split())
    return old != new


FIELD_KEYS = {
    "customer": "inbound.customer",
    "contact_name": "inbound.contact_name",
    "contact_email": "inbound.contact_email",
    "contact_phone": "inbound.contact_phone",
    "channel": "inbound.channel",
    "received_at": "inbound.received_at",
    "complaint_text": "inbound.complaint_text",
    "title": "inbound.title",
}


def field_names(names: Iterable[str], lang: Language) -> str:
    """ "联系人、电子邮件" / "contact, e-mail", in the form's order."""
    chosen = set(names)
    words = [catalog_text(FIELD_KEYS[name], lang) for name in FILLABLE if name in chosen]
    return join_words(words, lang)


def filled_note(filled: Iterable[str], kept: Iterable[str], lang: Language) -> str:
    """The line under the paste button that says what was filled, for the user to check."""
    filled, kept = list(filled), list(kept)
    if not filled:
        return catalog_text("inbound.nothing_filled", lang)
    if kept:
        return catalog_text(
            "inbound.filled_kept",
            lang,
            fields=field_names(filled, lang),
            kept=field_names(kept, lang),
        )
    return catalog_text("inbound.filled", lang, fields=field_names(filled, lang))
