"""Candidates for "you have seen this before": the closed cases and the lessons whose text
shares words with a complaint, found through the trigram indexes, best matches first. They are
compared and chosen in desktop.domain.similarity."""

from __future__ import annotations

import json
import sqlite3

from desktop.domain.complaint import Action
from desktop.domain.enums import ActionHorizon, ActionStatus
from desktop.domain.similarity import Candidate, PrecedentKind, fix_of
from desktop.domain.summary import split_actions
from desktop.store.codec import text_to_time

CASE_CANDIDATES = 200  # the demo data repeats each story hundreds of times: enough to see others
LESSON_CANDIDATES = 50

_CASES = """
SELECT c.id, c.number, c.title, c.complaint_text, c.root_cause, c.closed_at,
    (SELECT json_group_array(json_array(horizon, status, description))
     FROM (SELECT horizon, status, description FROM actions
           WHERE case_id = c.id ORDER BY position, id))
FROM case_fts JOIN cases c ON c.id = case_fts.rowid
WHERE case_fts MATCH ? AND c.status = 'closed' AND c.id != ?
ORDER BY case_fts.rank
LIMIT ?
"""
_LESSONS = """
SELECT l.id, l.title, l.problem, l.root_cause, l.solution, l.prevention, l.updated_at, l.case_id
FROM lesson_fts JOIN library_lessons l ON l.id = lesson_fts.rowid
WHERE lesson_fts MATCH ?
ORDER BY lesson_fts.rank
LIMIT ?
"""


def _match(terms: list[str]) -> str:
    """Any of the terms, each a quoted phrase (user text never reaches MATCH unquoted)."""
    return " OR ".join('"' + term.replace('"', '""') + '"' for term in terms)


class PrecedentStore:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def closed_cases(
        self, terms: list[str], exclude: int | None, limit: int = CASE_CANDIDATES
    ) -> list[Candidate]:
        if not terms:
            return []
        rows = self.conn.execute(_CASES, (_match(terms), exclude or 0, limit))
        found = []
        for case_id, number, title, complaint, cause, closed_at, actions in rows:
            fixes, lasting = split_actions(
                Action(0, ActionHorizon(horizon), description, status=ActionStatus(status))
                for horizon, status, description in json.loads(actions or "[]")
            )
            found.append(
                Candidate(
                    kind=PrecedentKind.CASE,
                    id=case_id,
                    title=title,
                    text=complaint,
                    root_cause=cause,
                    fix=fix_of(fixes, lasting),
                    reference=number,
                    when=text_to_time(closed_at),
                )
            )
        return found

    def lessons(self, terms: list[str], limit: int = LESSON_CANDIDATES) -> list[Candidate]:
        if not terms:
            return []
        match = "{title problem} : (" + _match(terms) + ")"
        return [
            Candidate(
                kind=PrecedentKind.LESSON,
                id=lesson_id,
                title=title,
                text=problem,
                root_cause=cause,
                fix=solution or prevention,
                when=text_to_time(updated_at),
                case_id=case_id,
            )
            for lesson_id, title, problem, cause, solution, prevention, updated_at, case_id in (
                self.conn.execute(_LESSONS, (match, limit))
            )
        ]
