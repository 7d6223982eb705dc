"""Small goals, their check-ins and skipped periods."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

from desktop.domain.goals import CheckIn, Goal
from desktop.store.cases import new_uuid
from desktop.store.codec import required_time, time_to_text
from desktop.store.db import inserted_id


class GoalStore:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def add(self, goal: Goal, now: datetime) -> int:
        cursor = self.conn.execute(
            "INSERT INTO goals (uuid, title, target_count, period_days, starts_on, case_id, "
            "action_id, archived, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                goal.uuid or new_uuid(),
                goal.title,
                goal.target_count,
                goal.period_days,
                goal.starts_on.isoformat(),
                goal.case_id,
                goal.action_id,
                int(goal.archived),
                time_to_text(now),
            ),
        )
        return inserted_id(cursor)

    def update(self, goal: Goal) -> None:
        self.conn.execute(
            "UPDATE goals SET title = ?, target_count = ?, period_days = ?, case_id = ?, "
            "action_id = ?, archived = ? WHERE id = ?",
            (
                goal.title,
                goal.target_count,
                goal.period_days,
                goal.case_id,
                goal.action_id,
                int(goal.archived),
                goal.id,
            ),
        )

    def title(self, goal_id: int) -> str:
        row = self.conn.execute("SELECT title FROM goals WHERE id = ?", (goal_id,)).fetchone()
        if row is None:
            raise KeyError(goal_id)
        return str(row[0])

    def delete(self, goal_id: int) -> None:
        self.conn.execute("DELETE FROM goals WHERE id = ?", (goal_id,))

    def add_checkin(self, goal_id: int, at: datetime, note: str) -> int:
        cursor = self.conn.execute(
            "INSERT INTO goal_checkins (goal_id, at, note) VALUES (?, ?, ?)",
            (goal_id, time_to_text(at), note),
        )
        return inserted_id(cursor)

    def delete_checkin(self, checkin_id: int) -> None:
        self.conn.execute("DELETE FROM goal_checkins WHERE id = ?", (checkin_id,))

    def skip(self, goal_id: int, period: date, skipped: bool) -> None:
        if skipped:
            self.conn.execute(
                "INSERT OR IGNORE INTO goal_skips (goal_id, period_start) VALUES (?, ?)",
                (goal_id, period.isoformat()),
            )
        else:
            self.conn.execute(
                "DELETE FROM goal_skips WHERE goal_id = ? AND period_start = ?",
                (goal_id, period.isoformat()),
            )

    def all(self, archived: bool = False) -> list[Goal]:
        rows = self.conn.execute(
            "SELECT id, title, target_count, period_days, starts_on, case_id, action_id, "
            "archived, uuid FROM goals WHERE archived = ? ORDER BY id",
            (int(archived),),
        )
        goals = [
            Goal(
                goal_id,
                title,
                target,
                days,
                date.fromisoformat(starts),
                case_id,
                action_id,
                bool(is_archived),
                uuid,
            )
            for goal_id, title, target, days, starts, case_id, action_id, is_archived, uuid in rows
        ]
        by_id = {goal.id: goal for goal in goals}
        for checkin_id, goal_id, at, note in self.conn.execute(
            "SELECT id, goal_id, at, note FROM goal_checkins ORDER BY at"
        ):
            if goal_id in by_id:
                by_id[goal_id].checkins.append(CheckIn(checkin_id, required_time(at), note))
        for goal_id, period in self.conn.execute("SELECT goal_id, period_start FROM goal_skips"):
            if goal_id in by_id:
                by_id[goal_id].skipped.add(date.fromisoformat(period))
        return goals
