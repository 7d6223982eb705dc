"""A mail's subject as the case's short title, when it makes one: without "回复:" / "RE:" /
"FW:", without tags ("【紧急】", "[URGENT]") and demands ("，请尽快处理！！"), short, and neutral —
a title is read by colleagues and printed in the brief, so not shouted nor angry. Otherwise ""
(the case then titles itself from the complaint's first sentence)."""

from __future__ import annotations

import re

from desktop.domain.inbound_body import CJK

TITLE_LIMIT = 40  # characters

_PREFIX = re.compile(
    r"^(?:re|fw|fwd|aw|wg|tr|sv|答复|回复|回覆|转发|轉寄|转寄)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*",
    re.IGNORECASE,
)
_TAG = re.compile(
    r"^[【\[［(（〔][^】\]］)）〕]{0,12}[】\]］)）〕]\s*|\s*[【\[［(（〔][^】\]］)）〕]{0,12}[】\]］)）〕]$"
)
_URGENT = re.compile(
    r"^(?:特急|紧急|加急|急|重要|urgent|important|asap|action\s+required)\s*(?:[:：!！,，\-—]+\s*|\s+)",
    re.IGNORECASE,
)
_DEMAND = re.compile(
    r"\s*[，,；;。.!！]+\s*(?:请|麻烦|务必|速|尽快|马上|立即|立刻|急|赶紧|please|asap|urgent|"
    r"need|must)",
    re.IGNORECASE,
)
_EDGES = " \t-—–_~～·.。,，;；:：!！?？…*#"
_LETTERS = re.compile(rf"[A-Za-z{CJK}]")
_EMPTY = {
    "回复",
    "答复",
    "转发",
    "无主题",
    "没有主题",
    "无标题",
    "no subject",
    "untitled",
    "re",
    "fw",
    "fwd",
    "问题",
    "投诉",
    "紧急",
    "急",
    "反馈",
    "求助",
    "你好",
    "您好",
    "hi",
    "hello",
    "help",
    "question",
    "issue",
    "complaint",
}
_ANGRY = re.compile(
    r"垃圾|太差|差劲|破系统|什么破|骗子|骗人|坑人|坑爹|无语|离谱|忍无可忍|受够|搞什么|怎么回事|"
    r"凭什么|为什么又|怎么又|到底|滚|无能|太过分|气死|不负责任|"
    r"\b(?:useless|rubbish|garbage|terrible|awful|horrible|unacceptable|ridiculous|disgrace\w*|"
    r"joke|worst|pathetic|incompetent|fed\s+up|sick\s+of|wtf|what\s+the\s+hell|scam|shame\w*)\b",
    re.IGNORECASE,
)
_SHOUTED = re.compile(r"\b[A-Z]{5,}\b|[!！?？]{2,}")


def case_title(subject: str) -> str:
    """The subject as a short title ("回复: 【紧急】月结报表数据错误" → "月结报表数据错误"),
    or "" when it is empty, a placeholder ("无主题"), too long, shouted or angry."""
    title = " ".join(subject.split())
    previous = None
    while title != previous:
        previous = title
        for pattern in (_PREFIX, _TAG, _URGENT):
            title = pattern.sub("", title).strip()
    demand = _DEMAND.search(title)
    if demand and demand.start() > 0:
        title = title[: demand.start()]
    title = title.strip(_EDGES)
    if not _LETTERS.search(title) or len(title) > TITLE_LIMIT:
        return ""
    if title.lower().strip("()（） ") in _EMPTY or _ANGRY.search(title) or _SHOUTED.search(title):
        return ""
    return title
