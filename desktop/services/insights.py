"""The Insights view's numbers for a period."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from datetime import datetime, timedelta, tzinfo

from desktop.domain import stats
from desktop.services.clock import Clock
from desktop.services.journal import JournalService
from desktop.store.insights import InsightsStore
from desktop.store.journal import JournalStore, Transform
from desktop.store.store import Store


class InsightsService:
    def __init__(self, store: Store, clock: Clock, zone: tzinfo, journal: JournalService) -> None:
        self.store = store
        self.clock = clock
        self.zone = zone
        self.journal = journal

    def any_cases(self) -> bool:
        """Whether there is any complaint to count at all (drafts are not complaints yet)."""
        return InsightsStore(self.store.conn).any_cases()

    def insights(self, months: int | None) -> stats.Insights:
        return self.insights_job(months)()

    def insights_job(self, months: int | None) -> Callable[[], stats.Insights]:
        """The numbers over the last `months` months (None: all time), as work for another
        thread: read on a connection of its own (100,000 cases take a few hundred ms). The mood
        trend is counted only if the journal may be shown now (unlocked, privacy switch off);
        otherwise it is None."""
        key = self.journal.reading_key()

        def job() -> stats.Insights:
            with self.store.reader() as reader:
                return self._count(reader.conn, months, key)

        return job

    def _count(
        self, conn: sqlite3.Connection, months: int | None, key: Transform | None
    ) -> stats.Insights:
        now = self.clock()
        source = InsightsStore(conn)
        since = now - timedelta(days=31 * months) if months else source.earliest() or now
        spans = stats.local_months(since, now, self.zone)
        counted = {name: stats.MonthFigures(name) for name, _start, _stop in spans}
        # the commitments (a million among 100,000 cases) are counted on a connection and a
        # thread of their own while this one counts the cases: SQLite lets go of the GIL
        failed: list[BaseException] = []

        def count_commitments() -> None:
            try:
                with self.store.reader() as other:
                    InsightsStore(other.conn).count_commitments(spans, now, counted)
            except BaseException as error:  # re-raised on the calling thread
                failed.append(error)

        worker = threading.Thread(target=count_commitments, name="insights-commitments")
        worker.start()
        source.count_cases(spans, counted)
        worker.join()
        if failed:
            raise failed[0]
        return stats.insights_of(
            {name: month for name, month in counted.items() if not month.is_empty},
            source.mean_days_to_close(since),
            source.repeat_customers(since),
            None if key is None else self._mood(conn, since, key),
        )

    def _mood(
        self, conn: sqlite3.Connection, since: datetime, key: Transform
    ) -> list[tuple[str, float]]:
        journal = JournalStore(conn)
        journal.open = key
        distress = [
            (entry.written_at, entry.distress)
            for entry in journal.entries(since, with_text=False)
            if entry.distress is not None
        ]
        return stats.weekly_mood(distress, self.zone)
