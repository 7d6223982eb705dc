"""A timeline event in words, in the reader's language: what the event is, and its detail with
every stored value translated (a complaint type's label, not "technical"; a local date and time,
not "2026-11-26T14:16:11+00:00"). A commitment in words, too: which promise, not just "a
promise"."""

from __future__ import annotations

from datetime import tzinfo

from desktop.domain.catalog import label, text
from desktop.domain.complaint import Commitment, TimelineEvent
from desktop.domain.dates import local_moment, parse_moment
from desktop.domain.enums import CommitmentKind, ComplaintType, EventKind, Language


def colon(lang: Language) -> str:
    """The colon after a label: full-width in Chinese."""
    return "：" if lang is Language.ZH else ": "


def event_detail(
    event: TimelineEvent, lang: Language, zone: tzinfo, for_customer: bool = False
) -> str:
    """The detail in words; `for_customer`: without what is the user's own (why a promise was
    withdrawn)."""
    detail = event.detail.strip()
    if event.kind is EventKind.PROMISE_KEPT and not detail:
        return text("doc.promised_report", lang)  # kept by a progress update
    if event.kind is EventKind.PROMISE_WITHDRAWN:
        what, _, why = detail.partition("\n")
        return what if for_customer or not why else f"{what} — {why}"
    if not detail:
        return ""
    if event.kind is EventKind.CLASSIFIED and detail in ComplaintType._value2member_map_:
        return label(ComplaintType(detail), lang)
    if event.kind is EventKind.PROMISE_MADE:
        due, _, what = detail.partition(" ")
        moment = parse_moment(due)
        if moment is not None:
            when = local_moment(moment, zone, lang)
            if what:
                return text("doc.promised_what_by", lang, when=when, what=what)
            return text("doc.promised_by", lang, when=when)
    moment = parse_moment(detail)
    if moment is not None:
        return local_moment(moment, zone, lang)
    return detail


def describe_event(
    event: TimelineEvent, lang: Language, zone: tzinfo, for_customer: bool = False
) -> str:
    """收到投诉 / 完成分类：技术类 / Promise made: progress report promised by 26 Nov 2026, 22:16"""
    name = label(event.kind, lang)
    detail = event_detail(event, lang, zone, for_customer)
    return f"{name}{colon(lang)}{detail}" if detail else name


def commitment_name(commitment: Commitment, lang: Language) -> str:
    """承诺：明天上午到现场核对月结数据 / Promise: a progress report / Follow-up visit."""
    name = label(commitment.kind, lang)
    what = commitment.description.strip()
    if not what and commitment.kind is CommitmentKind.PROMISE:
        what = text("doc.promised_report", lang)
    return f"{name}{colon(lang)}{what}" if what else name
