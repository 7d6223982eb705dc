"""Both sides' promises: what the customer promised us, by when, and how it stands. Their
lateness is shown apart from ours (it is not our failure) and can go into the next progress
update in a sentence ("我们仍需要您提供：…")."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from enum import StrEnum

from desktop.domain.catalog import join_words
from desktop.domain.complaint import CustomerItem
from desktop.domain.enums import Language
from desktop.domain.validation import clean_text


class ItemState(StrEnum):
    WAITING = "waiting"
    OVERDUE = "overdue"  # past the date they gave: theirs
    RECEIVED = "received"
    CANCELLED = "cancelled"


def item_state(item: CustomerItem, now: datetime) -> ItemState:
    if item.cancelled_at is not None:
        return ItemState.CANCELLED
    if item.received_at is not None:
        return ItemState.RECEIVED
    if item.due_at is not None and item.due_at < now:
        return ItemState.OVERDUE
    return ItemState.WAITING


def clean_what(what: str) -> str:
    return clean_text("what", what, required=True, multiline=False, limit=200)


def still_needed(items: Iterable[CustomerItem], lang: Language) -> str:
    """The sentence for the next progress update, or "" when nothing is awaited."""
    open_items = [item.what.strip().rstrip("。.") for item in items if item.is_open]
    if not open_items:
        return ""
    if lang is Language.ZH:
        return f"我们仍需要您提供：{join_words(open_items, lang)}。"
    return f"We still need from you: {join_words(open_items, lang)}."
