"""What reaches a person or a place whoever they are: phone numbers, e-mail addresses, WeChat and
QQ IDs, ID card numbers, street addresses and web addresses, in Chinese and English text.

Chinese is written without spaces, so a number or an ID often touches a Chinese character
("手机13800138000"). Python counts Chinese characters as word characters (\\w), so every boundary
here is written with ASCII classes instead of \\b or \\w.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

_NOT_ALNUM_BEFORE = r"(?<![0-9A-Za-z])"
_NOT_ALNUM_AFTER = r"(?![0-9A-Za-z])"
_NOT_DIGIT_BEFORE = r"(?<![0-9])"
_NOT_DIGIT_AFTER = r"(?![0-9])"
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"


class IdentifierKind(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    IM = "im"  # WeChat, QQ
    ID_NUMBER = "id_number"
    ADDRESS = "address"
    WEB = "web"


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    kind: IdentifierKind
    sure: bool = True

    def text(self, source: str) -> str:
        return source[self.start : self.end]


# --- phone numbers --------------------------------------------------------------------------
_SEP = r"[ \-\u2010-\u2015\u00a0]?"
_CN_MOBILE = re.compile(
    _NOT_DIGIT_BEFORE
    + rf"(?:(?:\+|00)86{_SEP}|\(\+?86\){_SEP})?1[3-9]\d{_SEP}\d{{2}}{_SEP}?\d{{2}}{_SEP}?\d{{4}}"
    + _NOT_DIGIT_AFTER
)
# 0571-88886666, (0571) 8888 6666, 010-12345678 转 123, +86 571 8888 6666
_CN_LANDLINE = re.compile(
    _NOT_DIGIT_BEFORE
    + r"(?:(?:\+|00)86[ \-]?(?:\(0?\)|0)?[1-9]\d{1,2}|\(0\d{2,3}\)|（0\d{2,3}）|0\d{2,3})"
    + r"[ \-]?[2-9]\d{2,3}[ \-]?\d{4}"
    + r"(?:[ \-]?(?:转|ext\.?|x|#)[ \-]?\d{1,5})?"
    + _NOT_DIGIT_AFTER
)
# 400-820-8820, 800 810 8888
_CN_HOTLINE = re.compile(_NOT_DIGIT_BEFORE + r"[48]00[ \-]?\d{3}[ \-]?\d{4}" + _NOT_DIGIT_AFTER)
# +44 20 7946 0958, (555) 123-4567, 020 7946 0958: digits in groups, at least eight of them
_GROUPED = re.compile(
    _NOT_ALNUM_BEFORE
    + r"(?:\+\d{1,3}[ \-.]?)?(?:\(\d{1,5}\)[ \-.]?)?\d{2,5}(?:[ \-.]\d{2,5}){1,4}"
    + r"(?:[ ]?(?:ext\.?|x)[ ]?\d{1,5})?"
    + _NOT_ALNUM_AFTER
)
_DATE_LIKE = re.compile(r"^\d{4}[\-./]\d{1,2}[\-./]\d{1,2}$|^\d{1,2}[\-./]\d{1,2}[\-./]\d{2,4}$")
_DATE_INSIDE = re.compile(
    r"(?:^|\D)\d{4}[\-./](?:0?[1-9]|1[0-2])[\-./](?:0?[1-9]|[12]\d|3[01])(?:\D|$)"
)
_VERSION_LIKE = re.compile(r"^\d+(?:\.\d+)+$")


def _grouped_phones(text: str) -> Iterator[Match]:
    for found in _GROUPED.finditer(text):
        value = found.group(0)
        digits = sum(ch.isdigit() for ch in value)
        if digits < 8 or digits > 15:
            continue
        if _DATE_LIKE.match(value) or _DATE_INSIDE.search(value) or _VERSION_LIKE.match(value):
            continue
        if "+" not in value and "(" not in value and not re.search(r"[ \-]", value):
            continue  # 1.2.3.4 or a bare run of digits: a version, an amount, an order number
        yield Match(found.start(), found.end(), IdentifierKind.PHONE)


# --- e-mail, web ------------------------------------------------------------------------------
_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*"
    r"\.[A-Za-z]{2,24}" + _NOT_ALNUM_AFTER
)
_WEB = re.compile(
    r"(?:https?://|www\.)[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+[A-Za-z0-9/]", re.IGNORECASE
)

# --- WeChat and QQ ----------------------------------------------------------------------------
_LABEL_SEP = r"\s*(?:[:：=]|是|为|号是|号为)?\s*"
_WECHAT_LABEL = re.compile(
    r"(?:微信(?:号|账号|帐号|ID|id)?|weixin|WeChat(?:\s*ID)?|wechat(?:\s*id)?|WX|wx|VX|vx|V信|v信)"
    + _LABEL_SEP
    + r"(?P<id>[A-Za-z][A-Za-z0-9_\-]{4,19})"
    + _NOT_ALNUM_AFTER,
)
_WXID = re.compile(_NOT_ALNUM_BEFORE + r"wxid_[A-Za-z0-9]{4,30}" + _NOT_ALNUM_AFTER)
_QQ = re.compile(
    r"(?:QQ|qq|Qq)(?:号|号码)?" + _LABEL_SEP + r"(?P<id>[1-9]\d{4,11})" + _NOT_DIGIT_AFTER
)

# --- ID card numbers (居民身份证, 18 digits or 17 and X) ---------------------------------------
_ID_CARD = re.compile(
    _NOT_ALNUM_BEFORE
    + r"[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]"
    + _NOT_ALNUM_AFTER
)
_ID_LABELLED = re.compile(
    r"(?:身份证(?:号码?)?|证件号(?:码)?|ID card(?: number)?|passport(?: number)?|护照号(?:码)?)"
    + _LABEL_SEP
    + r"(?P<id>[A-Za-z0-9]{6,20})"
    + _NOT_ALNUM_AFTER,
    re.IGNORECASE,
)

# --- street addresses -------------------------------------------------------------------------
# A part of a Chinese address is a name followed by the word for what it is; the name may not hold
# the little words that run into an address in a sentence ("我们在杭州市…", "公司位于…").
_NAME_CHAR = rf"[{_CJK}A-Za-z0-9]"
_NOT_IN_NAME = "在到于是的和与从往去我们他她你了位处住址为由向将把被请及或并、，。；：:,;"
_PLACE_CHAR = rf"(?:(?![{_NOT_IN_NAME}]){_NAME_CHAR})"
_ADMIN = r"(?:省|自治区|特别行政区|市|自治州|州|盟|区|县|旗|镇|乡|街道)"
_ROAD = r"(?:大道|大街|路|街|巷|弄|胡同)"
_NUMBER = (
    r"(?:[0-9０-９]+(?:[\-－][0-9０-９]+)?(?:号院|号楼|号|弄|栋|幢|座|单元|层|楼|室|F|f)"
    r"|[A-Za-z][0-9]{2,5}室?)"
)
_BUILDING = r"(?:大厦|广场|中心|园区|科技园|产业园|软件园|小区|花园|公寓|写字楼|大楼|商务楼|院)"
_CN_ADDRESS = re.compile(
    rf"(?:{_PLACE_CHAR}{{2,8}}?{_ADMIN}){{0,4}}"
    rf"(?:{_PLACE_CHAR}{{1,10}}?{_ROAD}(?:[东西南北中]段)?)"
    rf"(?:{_NUMBER}|{_PLACE_CHAR}{{2,10}}?{_BUILDING})+"
    rf"(?:{_NUMBER}|{_PLACE_CHAR}{{2,10}}?{_BUILDING})*"
)
_CN_CAMPUS_ADDRESS = re.compile(  # no street: 杭州市西湖区东部软件园5号楼
    rf"(?:{_PLACE_CHAR}{{2,8}}?{_ADMIN}){{1,4}}(?:{_PLACE_CHAR}{{2,10}}?{_BUILDING})(?:{_NUMBER})+"
)
_CN_LABELLED_ADDRESS = re.compile(
    r"(?:地址|住址|办公地点|收货地址)\s*[:：]\s*(?P<id>[^\n，。；;,]{4,80})"
)
_STREET_WORDS = (
    r"(?:Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Boulevard|Blvd|Drive|Dr|Way|Place|Pl|Square|Sq"
    r"|Court|Ct|Highway|Hwy|Parkway|Pkwy|Terrace|Crescent|Close)"
)
_EN_ADDRESS = re.compile(
    r"(?:(?:Room|Rm|Suite|Unit|Flat|Floor|Fl)\.?\s*[0-9A-Z][0-9A-Za-z\-]*,?\s+)*"
    r"(?:(?:Building|Bldg|Block|Tower)\.?\s*[0-9A-Z][0-9A-Za-z\-]*,?\s+)?"
    r"(?:No\.\s*)?\d{1,5}[A-Za-z]?,?\s+(?:[A-Z][A-Za-z'\-]+\s+){1,4}" + _STREET_WORDS + r"\b\.?"
    r"(?:,\s*(?:[A-Z][A-Za-z\-]+\s+)*(?:District|City|County|Province|New Area))*"
)


def _labelled(pattern: re.Pattern[str], kind: IdentifierKind, text: str) -> Iterator[Match]:
    for found in pattern.finditer(text):
        yield Match(found.start("id"), found.end("id"), kind)


def _plain(
    pattern: re.Pattern[str], kind: IdentifierKind, text: str, sure: bool = True
) -> Iterator[Match]:
    for found in pattern.finditer(text):
        yield Match(found.start(), found.end(), kind, sure)


def find_identifiers(text: str) -> list[Match]:
    """Every identifier in the text, earliest first; where two overlap the longer one wins."""
    found: list[Match] = []
    found += _plain(_EMAIL, IdentifierKind.EMAIL, text)
    found += _plain(_WEB, IdentifierKind.WEB, text, sure=False)  # often our own system's
    found += _labelled(_WECHAT_LABEL, IdentifierKind.IM, text)
    found += _plain(_WXID, IdentifierKind.IM, text)
    found += _labelled(_QQ, IdentifierKind.IM, text)
    found += _plain(_ID_CARD, IdentifierKind.ID_NUMBER, text)
    found += _labelled(_ID_LABELLED, IdentifierKind.ID_NUMBER, text)
    for pattern in (_CN_MOBILE, _CN_LANDLINE, _CN_HOTLINE):
        found += _plain(pattern, IdentifierKind.PHONE, text)
    found += _grouped_phones(text)
    found += _plain(_CN_ADDRESS, IdentifierKind.ADDRESS, text)
    found += _plain(_CN_CAMPUS_ADDRESS, IdentifierKind.ADDRESS, text)
    found += _labelled(_CN_LABELLED_ADDRESS, IdentifierKind.ADDRESS, text)
    found += _plain(_EN_ADDRESS, IdentifierKind.ADDRESS, text)
    return without_overlaps(found)


def without_overlaps(found: list[Match]) -> list[Match]:
    """Keep the longest of overlapping matches (the earliest among equals)."""
    chosen: list[Match] = []
    for match in sorted(found, key=lambda m: (-(m.end - m.start), m.start)):
        if all(match.end <= other.start or match.start >= other.end for other in chosen):
            chosen.append(match)
    return sorted(chosen, key=lambda m: m.start)
