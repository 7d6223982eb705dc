"""Small goals: setting them, checking in, skipping a period without guilt."""

from __future__ import annotations

import dataclasses
from datetime import date, tzinfo

from desktop.domain.goals import Goal, check_in_note, validate_skip
from desktop.services.clock import Clock
from desktop.store.store import Store


class GoalService:
    def __init__(self, store: Store, clock: Clock, zone: tzinfo) -> None:
        self.store = store
        self.clock = clock
        self.zone = zone

    def today(self) -> date:
        return self.clock().astimezone(self.zone).date()

    def goals(self, archived: bool = False) -> list[Goal]:
        return self.store.goals.all(archived)

    def save(self, goal: Goal) -> Goal:
        cleaned = goal.cleaned()
        with self.store.transaction():
            if cleaned.id:
                self.store.goals.update(cleaned)
                goal_id = cleaned.id
            else:
                cleaned = dataclasses.replace(cleaned, starts_on=goal.starts_on or self.today())
                goal_id = self.store.goals.add(cleaned, self.clock())
        return self.get(goal_id)

    def get(self, goal_id: int) -> Goal:
        for archived in (False, True):
            for goal in self.store.goals.all(archived):
                if goal.id == goal_id:
                    return goal
        raise KeyError(goal_id)

    def check_in(self, goal_id: int, note: str = "") -> Goal:
        note = check_in_note(note)
        with self.store.transaction():
            self.store.goals.add_checkin(goal_id, self.clock(), note)
        return self.get(goal_id)

    def undo_check_in(self, goal_id: int) -> Goal:
        goal = self.get(goal_id)
        if goal.checkins:
            with self.store.transaction():
                self.store.goals.delete_checkin(goal.checkins[-1].id)
        return self.get(goal_id)

    def skip(self, goal_id: int, skipped: bool = True) -> Goal:
        """Skip the current period, no guilt: it neither raises nor lowers the strength."""
        goal = self.get(goal_id)
        period = validate_skip(goal, self.today())
        with self.store.transaction():
            self.store.goals.skip(goal_id, period, skipped)
        return self.get(goal_id)

    def archive(self, goal_id: int, archived: bool = True) -> None:
        goal = dataclasses.replace(self.get(goal_id), archived=archived)
        with self.store.transaction():
            self.store.goals.update(goal)

    def this_period(self) -> list[tuple[Goal, int, int]]:
        """Each active goal with its check-ins so far and its target this period."""
        today = self.today()
        return [(goal, *goal.progress(today, self.zone)) for goal in self.goals()]
