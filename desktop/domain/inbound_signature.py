"""The signature under a message: where it starts, and the sender's name, phone and
organisation it tells.

A signature starts at "-- " or a line of dashes, at a closing ("Best regards", "此致", "祝好")
or, without either, is the run of name, title, company and phone lines at the end of the message.
A phone's mail footer under it ("发自我的iPhone", "Sent from my iPhone") is dropped; the greeting
at the top ("李工，你好：", "Hi Li,") is the customer's words to us, never their signature.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.domain.inbound_body import CJK

_CLOSINGS = re.compile(
    r"^\s*(?:(?:best|kind|warm|warmest|many)\s+)?(?:regards|wishes|thanks)\b[\s,.!]*$|"
    r"^\s*(?:thank\s+you|thanks(?:\s+a\s+lot)?|cheers|sincerely(?:\s+yours)?|"
    r"yours\s+(?:sincerely|faithfully|truly)|br|best|respectfully)[\s,.!]*$|"
    r"^\s*(?:此致|敬礼|祝好|谢谢|多谢|感谢|顺祝商祺|顺颂商祺|顺颂时绥|顺祝|顺颂|祝工作顺利|祝顺利|"
    r"盼复|期待回复|静候佳音)[\s,，。.!！]*$",
    re.IGNORECASE,
)
_SIGNATURE_DASHES = re.compile(r"^--\s?$")
_RULE_LINE = re.compile(r"^\s*[-_=—–~*·]{2,60}\s*$")
_DEVICES = (
    r"iPhone|iPad|Android|手机|平板|邮箱|邮件|Mail|Outlook|客户端|大师|Watch|Samsung|Galaxy|"
    r"华为|荣耀|小米|BlackBerry|Huawei|Xiaomi"
)
_FOOTER = re.compile(
    rf"^\s*(?:(?:发自|来自|发送自|寄自)\s*(?:我的)?\s*[^。！？!?，,\s]{{0,20}}?\s*(?:{_DEVICES})"
    r"[A-Za-z0-9\s版]{0,12}|(?:从|由)我的\s*[A-Za-z0-9\s]{0,15}?(?:手机|平板)?\s*发送|"
    r"sent\s+from\s+(?:my\s+\S.{0,30}|(?:mail|outlook|yahoo|gmail|samsung)\b.{0,30})|"
    r"get\s+outlook\s+for\s+\S+)\s*$",
    re.IGNORECASE,
)
_GREETING_ZH = re.compile(
    rf"^(?:尊敬的|亲爱的)?[{CJK}A-Za-z·\s]{{0,12}}?[，,、\s]*(?:你们好|您们好|大家好|你好|您好|(?<=[工总理师任生士姐哥位])好)"
    r"[\s,，:：!！。~～]*$"
)
_ADDRESSED_ZH = re.compile(rf"^(?:尊敬的|亲爱的)?[{CJK}A-Za-z·]{{1,12}}\s*[：:，,]\s*$")
_GREETING_EN = re.compile(
    r"^(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening))\b[^.!?:]{0,40}[,:!]?\s*$",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
_PHONE_LABEL = re.compile(
    r"(电话|手机|座机|移动电话|联系电话|办公电话|tel|phone|mobile|mob|cell|fax|传真|[tm])\s*[.:：]",
    re.IGNORECASE,
)
_MOBILE = re.compile(r"(?<!\d)(?:\+?86[\s\-]?)?1[3-9]\d(?:[\s\-]?\d{4}){2}(?!\d)")
_LANDLINE = re.compile(
    r"(?<![\d+])(?:\(?0\d{2,3}\)?[\s\-]?)?[2-9]\d{2,3}[\s\-]?\d{4}(?:\s*(?:转|ext\.?|x)\s*\d{1,6})?"
    r"(?!\d)",
    re.IGNORECASE,
)
_INTERNATIONAL = re.compile(r"\+\d{1,3}(?:[\s\-]?\(?\d{1,4}\)?){2,5}")
ORG_SUFFIXES_ZH = (
    "股份有限公司",
    "有限责任公司",
    "有限公司",
    "分公司",
    "公司",
    "集团",
    "医院",
    "卫生院",
    "银行",
    "分行",
    "支行",
    "大学",
    "学院",
    "学校",
    "中学",
    "小学",
    "研究院",
    "研究所",
    "设计院",
    "事务所",
    "委员会",
    "管理局",
    "局",
    "厅",
    "集团公司",
)
_ORG_ZH = re.compile(
    rf"[{CJK}A-Za-z0-9（）()]{{2,40}}(?:{'|'.join(sorted(ORG_SUFFIXES_ZH, key=len, reverse=True))})"
)
_ORG_EN = re.compile(
    r"\b(?:ltd|limited|co|inc|incorporated|corp|corporation|llc|plc|gmbh|ag|group|hospital|"
    r"clinic|bank|university|college|school|institute|council|authority|agency|ministry)\b\.?$",
    re.IGNORECASE,
)
_TITLE_ZH = "经理|主管|总监|主任|科长|处长|部长|局长|院长|行长|工程师|董事长|助理|专员|负责人|总"
_TITLE_ZH_END = re.compile(rf"(?:{_TITLE_ZH})$")
_TITLE_EN = re.compile(
    r"\b(?:manager|director|engineer|head|officer|lead|supervisor|consultant|analyst|vp|president|"
    r"ceo|cio|cto|coordinator|administrator|specialist)\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[。！？!?，,；;]")
_DATE_LINE = re.compile(r"^\d{4}\s*[年/.\-]\s*\d{1,2}\s*[月/.\-]\s*\d{1,2}\s*日?$")
_DEPARTMENT = re.compile(
    rf"^[{CJK}A-Za-z0-9 ]{{2,30}}(部|科|处|室|中心|办公室)$|\b(department|dept|division|team)\b",
    re.IGNORECASE,
)
_OTHER_CARD = re.compile(r"^\s*(地址|address|addr|网址|web|www\.|https?://|微信|wechat|qq)", re.I)
_NOT_ORG = re.compile(r"^[请在对给和跟把被是让向从]|你们|我们|他们|咱们|贵|本|该")
_NAME_ZH = re.compile(rf"^[{CJK}]{{2,4}}$")
_NAME_EN = re.compile(r"^[A-Z][a-z'\-]+(?:\s+[A-Z][a-z'\-]+){0,2}$")
TAIL_LINES = 12  # a signature is never longer than this
SHORT_LINE = 60


@dataclass
class Signature:
    """What the signature under a message says."""

    lines: list[str] = field(default_factory=list)
    name: str = ""
    phone: str = ""
    organisation: str = ""
    email: str = ""


def split_signature(text: str) -> tuple[str, Signature]:
    """The message without its signature and the mail footer under it, and what the signature
    says."""
    lines = without_footer(text.rstrip().split("\n"))
    if not lines:  # nothing but a footer: keep the text
        return text.strip(), Signature()
    start = _signature_start(lines)
    if start is None:
        return "\n".join(lines).strip(), Signature()
    while start > 0 and (not lines[start - 1].strip() or _RULE_LINE.match(lines[start - 1])):
        start -= 1  # the line of dashes a signature is written under
    body = "\n".join(lines[:start]).strip()
    if not body:  # all of it looked like a signature: keep the text
        return text.strip(), Signature()
    tail = [line.strip() for line in lines[start:] if line.strip()]
    return body, read_signature(tail)


def without_footer(lines: list[str]) -> list[str]:
    """Without the lines a phone's mail program adds at the end ("发自我的iPhone",
    "来自网易邮箱大师", "Sent from my iPhone"), nor the blank lines around them."""
    end = len(lines)
    while end > 0 and (not lines[end - 1].strip() or _FOOTER.match(lines[end - 1])):
        end -= 1
    return lines[:end]


def is_greeting(line: str) -> bool:
    """ "李工，你好：", "王经理您好", "李工：", "Hi Li,", "Dear Mr Kim," — words to us."""
    line = line.strip()
    if not line or len(line) > 30:
        return False
    return bool(_GREETING_ZH.match(line) or _ADDRESSED_ZH.match(line) or _GREETING_EN.match(line))


def _signature_start(lines: list[str]) -> int | None:
    for index, line in enumerate(lines):
        if _SIGNATURE_DASHES.match(line):
            return index
    for index in range(max(0, _last_content_line(lines) - TAIL_LINES), len(lines)):
        if _RULE_LINE.match(lines[index]) and _after_closing(lines[index + 1 :]):
            return index
    first_tail = max(0, _last_content_line(lines) - TAIL_LINES)
    for index in range(first_tail, len(lines)):
        if _CLOSINGS.match(lines[index]) and _after_closing(lines[index + 1 :]):
            return index
    return _card_run_start(lines)


def _last_content_line(lines: list[str]) -> int:
    for index in range(len(lines) - 1, -1, -1):
        if lines[index].strip():
            return index
    return 0


def _card_run_start(lines: list[str]) -> int | None:
    """Without a closing: the run of name, title, company and phone lines at the end, when at
    least one of them is more than a name. A second name above the first ends the run."""
    index = len(lines)
    strong = named = False
    kinds = 0
    while index > 0:
        line = lines[index - 1].strip()
        if not line:
            index -= 1
            continue
        kind = card_line_kind(line)
        if kind is None or kinds >= TAIL_LINES or (kind == "name" and named):
            break
        strong = strong or kind == "strong"
        named = named or kind == "name"
        kinds += 1
        index -= 1
    return index if strong else None


def card_line_kind(line: str) -> str | None:
    """ "strong" for a phone, e-mail, company, title or address line; "name" for a bare name;
    "weak" for a department or a date; None for anything else (a line of the message)."""
    if len(line) > SHORT_LINE or line.endswith(("。", "？", "?", "！", "!")) or is_greeting(line):
        return None
    parts = [part for part in re.split(r"\s*[|｜]\s*", line) if part]
    if len(parts) > 1:  # "王建国 | 财务部"
        kinds = [card_line_kind(part) for part in parts]
        if None in kinds:
            return None
        return next(kind for kind in ("strong", "name", "weak") if kind in kinds)
    if _phone_in(line) or _EMAIL.search(line) or _OTHER_CARD.match(line):
        return "strong"
    if organisation_in(line) or _is_title(line):
        return "strong"
    if _NAME_ZH.match(line) or _NAME_EN.match(line):
        return "name"
    if _DEPARTMENT.search(line) or _DATE_LINE.match(line):
        return "weak"
    return None


def _is_title(line: str) -> bool:
    """ "信息科技部 经理", "Senior Project Manager": a short line ending with a title (Chinese)
    or of capitalised words holding one (English) — not "我们的工程师态度很差"."""
    if len(line) > 30:
        return False
    if re.search(rf"[{CJK}]", line):
        return bool(_TITLE_ZH_END.search(line))
    words = re.split(r"[\s,/&]+", line.strip())
    if len(words) > 6 or not _TITLE_EN.search(line):
        return False
    return all(w[:1].isupper() or len(w) <= 3 for w in words if w)


def _after_closing(lines: list[str]) -> bool:
    """What may follow "Best regards" / "此致": names, titles, the company, a date."""
    rest = [line.strip() for line in lines if line.strip()]
    if len(rest) > TAIL_LINES:
        return False
    return all(
        card_line_kind(line) is not None
        or _CLOSINGS.match(line)
        or (len(line) <= 25 and len(line.split()) <= 4 and not _SENTENCE.search(line))
        for line in rest
    )


def read_signature(lines: list[str]) -> Signature:
    signature = Signature(lines=lines)
    phones = []
    for line in lines:
        if _CLOSINGS.match(line):
            continue
        phone = _phone_in(line)
        if phone:
            phones.append(phone)
        if not signature.email:
            found = _EMAIL.search(line)
            signature.email = found.group(0) if found else ""
        if not signature.organisation:
            signature.organisation = organisation_in(line)
        if not signature.name:
            signature.name = _name_in(line)
    # a mobile reaches the person; a switchboard number may not
    mobiles = [phone for phone in phones if _MOBILE.fullmatch(phone)]
    signature.phone = (mobiles or phones or [""])[0]
    return signature


def _name_in(line: str) -> str:
    """A line that is only a name, or a name before a title ("王建国 经理", "Sarah Miller, IT")."""
    line = line.strip(" ,，")
    if is_greeting(line) or organisation_in(line) or _DEPARTMENT.search(line):
        return ""  # "李工，你好", "华信银行", "财务部" are not the sender's name
    if _NAME_ZH.match(line) or (_NAME_EN.match(line) and not _TITLE_EN.search(line)):
        return line
    chinese = re.match(rf"^([{CJK}]{{2,4}})\s*[,，|｜/·]?\s*(.+)$", line)
    rest = chinese.group(2) if chinese else ""
    name = chinese.group(1) if chinese else ""
    if name and " " in line and (_is_title(rest) or _DEPARTMENT.search(rest)):
        return "" if _DEPARTMENT.search(name) else name  # not "财务部" of "财务部 经理"
    english = re.match(r"^([A-Z][a-z'\-]+\s+[A-Z][a-z'\-]+)\s*[,|]", line)
    return english.group(1) if english else ""


def _phone_in(line: str) -> str:
    for pattern in (_MOBILE, _INTERNATIONAL, _LANDLINE):
        found = pattern.search(line)
        if found and (pattern is not _LANDLINE or _PHONE_LABEL.search(line)):
            return found.group(0).strip()
    return ""


def organisation_in(line: str) -> str:
    """The organisation a signature line names ("华信银行信息科技部 经理" → "华信银行"), or ""."""
    line = line.strip()
    if len(line) > SHORT_LINE:
        return ""
    for part in re.split(r"\s*[|｜·•/]\s*|\s+[-–—]\s+", line):
        found = None
        for match in _ORG_ZH.finditer(part):
            found = match
        if found and _is_org_zh(found.group(0), part[found.end() :]):
            return found.group(0)
        part = part.strip(" ,，")
        suffix = _ORG_EN.search(part)
        if suffix and suffix.group(0)[:1].isupper() and len(part.split()) <= 8:
            # "IT Manager, Northwind Traders Ltd" names the company after the comma; in
            # "Fabrikam, Inc." the comma belongs to the name
            _head, comma, tail = part.rpartition(", ")
            if comma and len(tail.split()) > 1:
                return tail
            return part
    return ""


def _is_org_zh(name: str, after: str) -> bool:
    """Not a phrase of a sentence ("请你们公司"), and followed by nothing, a department or a
    title ("华信银行 信息科技部 经理")."""
    if _NOT_ORG.search(name):
        return False
    after = after.strip(" ,，")
    if not after:
        return True
    return all(
        _DEPARTMENT.search(word) or _is_title(word) or _NAME_ZH.match(word)
        for word in re.split(r"\s+", after)
    )
