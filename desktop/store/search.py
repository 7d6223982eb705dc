"""Full-text search over all the text of a case, Chinese included.

FTS5's trigram tokenizer finds any substring of three characters or more. Shorter terms (common
in Chinese: 延期, 态度) are looked up with LIKE on the same text, because trigram needs three.
User text never reaches MATCH unquoted: every term is a quoted phrase.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from typing import Any

# every text a case holds, in one string (the number last, so snippets start with words)
_BODY = """
SELECT c.id, c.title || ' ' || c.customer || ' ' || c.project || ' ' ||
    c.contact_name || ' ' || c.complaint_text || ' ' || c.requested_remedy || ' ' ||
    c.people_involved || ' ' || c.impact_business || ' ' || c.root_cause || ' ' ||
    c.escape_point || ' ' || c.response_script || ' ' || c.summary || ' ' ||
    c.lesson_to_share || ' ' || c.follow_up_notes || ' ' || c.survey_comment || ' ' ||
    ifnull((SELECT group_concat(description || ' ' || owner || ' ' || verification || ' ' ||
        cancel_reason, ' ') FROM actions WHERE case_id = c.id), '') || ' ' ||
    ifnull((SELECT group_concat(summary, ' ') FROM progress_updates WHERE case_id = c.id), '')
    || ' ' ||
    ifnull((SELECT group_concat(person || ' ' || role || ' ' || summary, ' ')
        FROM interviews WHERE case_id = c.id), '') || ' ' ||
    ifnull((SELECT group_concat(title || ' ' || note || ' ' || file_name, ' ')
        FROM evidence WHERE case_id = c.id), '') || ' ' ||
    ifnull((SELECT group_concat(note, ' ') FROM investigation_items WHERE case_id = c.id), '')
    || ' ' ||
    ifnull((SELECT group_concat(note, ' ') FROM factors WHERE case_id = c.id), '') || ' ' ||
    ifnull((SELECT group_concat(to_whom || ' ' || reason, ' ')
        FROM escalations WHERE case_id = c.id), '') || ' ' ||
    ifnull((SELECT group_concat(description || ' ' || value, ' ')
        FROM compensations WHERE case_id = c.id), '') || ' ' || c.number
FROM cases c
"""
# An upsert, not INSERT OR REPLACE: REPLACE would not fire the delete trigger that keeps the
# external-content FTS index in step.
_UPSERT = "INSERT INTO case_text (case_id, body)"
_ON_CONFLICT = "ON CONFLICT (case_id) DO UPDATE SET body = excluded.body"
MAX_QUERY = 200  # characters of the query that are used; longer text cannot be a real search
_LIKE_SPECIAL = re.compile(r"([\\%_])")


_INVISIBLE = re.compile(r"[\x00-\x1f\x7f]")


def like_pattern(term: str) -> str:
    """A LIKE pattern (with ESCAPE '\\') that finds `term` anywhere."""
    return "%" + _LIKE_SPECIAL.sub(r"\\\1", term) + "%"


def terms(text: str) -> list[str]:
    """The words of a query: whitespace-separated, at most MAX_QUERY characters in all, without
    control characters (a NUL would end the query early)."""
    return _INVISIBLE.sub(" ", text[:MAX_QUERY]).split()


class CaseSearch:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def reindex(self, case_ids: Iterable[int]) -> None:
        ids = sorted(set(case_ids))
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            self.conn.execute(f"{_UPSERT} {_BODY} WHERE c.id IN ({marks}) {_ON_CONFLICT}", chunk)

    def reindex_all(self) -> None:
        self.conn.execute(f"{_UPSERT} {_BODY} WHERE true {_ON_CONFLICT}")

    def where(self, text: str) -> tuple[str, list[Any]]:
        """An SQL condition on `cases.id` for the query, and its parameters."""
        clauses, params = [], []
        for term in terms(text):
            if len(term) >= 3:
                # the unary + keeps SQLite from looking every match up by id and sorting them
                # all: it walks the list's sort index instead and stops after one page
                clauses.append("+cases.id IN (SELECT rowid FROM case_fts WHERE case_fts MATCH ?)")
                params.append('"' + term.replace('"', '""') + '"')
            else:
                clauses.append(
                    # correlated, so that a page sorted by an index stops at its last row
                    # instead of scanning the text of every case first
                    "EXISTS (SELECT 1 FROM case_text WHERE case_id = cases.id "
                    "AND body LIKE ? ESCAPE '\\')"
                )
                params.append(like_pattern(term))
        return " AND ".join(clauses), params

    def snippets(self, case_ids: list[int], text: str, width: int = 60) -> dict[int, str]:
        """A piece of each case's text around the first term, the match marked with [ ]."""
        words = terms(text)
        if not words or not case_ids:
            return {}
        marks = ", ".join("?" for _ in case_ids)
        rows = self.conn.execute(
            f"SELECT case_id, body FROM case_text WHERE case_id IN ({marks})", case_ids
        )
        return {case_id: snippet(body, words, width) for case_id, body in rows}


def snippet(body: str, words: list[str], width: int = 60) -> str:
    lowered = body.lower()
    for word in words:
        position = lowered.find(word.lower())
        if position >= 0:
            start = max(0, position - 8)  # a little before the match, so a narrow cell shows it
            end = min(len(body), position + len(word) + width)
            before = ("…" if start else "") + body[start:position]
            after = body[position + len(word) : end] + ("…" if end < len(body) else "")
            return " ".join(f"{before}[{body[position : position + len(word)]}]{after}".split())
    return " ".join(body[:width].split())
