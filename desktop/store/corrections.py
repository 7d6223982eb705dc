"""The user's own classifications that differ from the suggestion (table type_corrections)."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from desktop.domain.classify_model import LabelledText
from desktop.domain.enums import ComplaintType, Subtype
from desktop.store.codec import time_to_text


class CorrectionStore:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def keep(
        self,
        case_id: int,
        example: LabelledText,
        suggested: ComplaintType,
        at: datetime,
    ) -> None:
        self.conn.execute(
            "INSERT INTO type_corrections (case_id, complaint_text, complaint_type, subtype, "
            "suggested_type, corrected_at) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (case_id) DO UPDATE SET complaint_text = excluded.complaint_text, "
            "complaint_type = excluded.complaint_type, subtype = excluded.subtype, "
            "suggested_type = excluded.suggested_type, corrected_at = excluded.corrected_at",
            (
                case_id,
                example.text,
                example.complaint_type.value,
                example.subtype.value if example.subtype else None,
                suggested.value,
                time_to_text(at),
            ),
        )

    def drop(self, case_id: int) -> None:
        self.conn.execute("DELETE FROM type_corrections WHERE case_id = ?", (case_id,))

    def drop_all(self) -> int:
        return self.conn.execute("DELETE FROM type_corrections").rowcount

    def all(self, except_case: int | None = None) -> list[LabelledText]:
        rows = self.conn.execute(
            "SELECT complaint_text, complaint_type, subtype FROM type_corrections "
            "WHERE case_id IS NOT ? ORDER BY case_id",
            (except_case,),
        ).fetchall()
        return [
            LabelledText(text, ComplaintType(kind), Subtype(subtype) if subtype else None)
            for text, kind, subtype in rows
        ]

    def count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM type_corrections").fetchone()[0])
