"""The close-and-learn summary drafted from the stages, and the closed-loop progress."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop.domain.catalog import label, text
from desktop.domain.complaint import Action, Case
from desktop.domain.enums import ActionHorizon, ActionStatus, Language
from desktop.domain.letter_phrases import ISSUE, pick

_HEADINGS = {
    Language.ZH: ("问题", "原因", "解决", "预防"),
    Language.EN: ("Problem", "Cause", "Fix", "Prevention"),
}


def fixes_and_improvements(case: Case) -> tuple[list[str], list[str]]:
    """The actions not cancelled: short-term fixes, and the lasting improvements."""
    return split_actions(case.actions)


def split_actions(actions: Iterable[Action]) -> tuple[list[str], list[str]]:
    kept = [a for a in actions if a.status is not ActionStatus.CANCELLED]
    return (
        [a.description for a in kept if a.horizon is ActionHorizon.SHORT_TERM],
        [a.description for a in kept if a.horizon is not ActionHorizon.SHORT_TERM],
    )


def problem_in_our_words(case: Case, lang: Language) -> str:
    """What the complaint is about, as a document the customer may read names it: the short
    title the user wrote, else the issue in our neutral words (数据丢失, "the loss of data"),
    else its type; never the complaint's first sentence, which may be an outburst."""
    title = case.intake.title.strip()
    if title:
        return title
    subtype, kind = case.classification.subtype, case.classification.complaint_type
    if subtype is not None:
        issue = pick(ISSUE[subtype], lang)
        return issue[0].upper() + issue[1:] if lang is Language.EN else issue
    if kind is not None:
        named = label(kind, lang)
        return text(
            "doc.problem_of_kind", lang, kind=named.lower() if lang is Language.EN else named
        )
    return text("doc.problem_reported", lang)


def draft_summary(case: Case, lang: Language) -> str:
    problem, cause, fix, prevention = _HEADINGS[lang]
    separator = "；" if lang is Language.ZH else "; "
    kind = case.classification.complaint_type
    kind_text = (
        f"（{label(kind, lang)}）"
        if kind and lang is Language.ZH
        else (f" ({label(kind, lang)})" if kind else "")
    )
    fixes, lasting = fixes_and_improvements(case)
    colon = "：" if lang is Language.ZH else ": "
    lines = [
        f"{problem}{colon}{problem_in_our_words(case, lang)}{kind_text}",
        f"{cause}{colon}{case.investigation.root_cause.strip()}",
        f"{fix}{colon}{separator.join(fixes)}",
        f"{prevention}{colon}{separator.join(lasting)}",
    ]
    return "\n".join(lines)


@dataclass(frozen=True)
class LoopProgress:
    """发现问题 → 分析原因 → 解决问题 → 总结经验: which steps are done."""

    found: bool
    analysed: bool
    solved: bool
    learned: bool

    @property
    def steps_done(self) -> int:
        return sum((self.found, self.analysed, self.solved, self.learned))


def loop_progress(case: Case) -> LoopProgress:
    short_term = [
        a
        for a in case.actions
        if a.horizon is ActionHorizon.SHORT_TERM and a.status is not ActionStatus.CANCELLED
    ]
    return LoopProgress(
        found=bool(case.intake.complaint_text.strip()),
        analysed=bool(case.investigation.root_cause.strip()),
        solved=bool(short_term)
        and all(a.status in (ActionStatus.DONE, ActionStatus.VERIFIED) for a in short_term),
        learned=bool(case.summary.strip() or case.lesson_to_share.strip()),
    )
