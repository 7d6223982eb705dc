"""The case table model, without a window: it fetches lazily and sorts through the query."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QModelIndex, Qt

from desktop.domain.case_query import CaseQuery, SortKey
from desktop.domain.complaint import CaseRow
from desktop.domain.enums import (
    CaseStatus,
    CommitmentKind,
    CommitmentState,
    ComplaintType,
    Language,
    Stage,
)
from desktop.views.case_list_model import CaseTableModel
from desktop.views.state_colors import state_color

NOW = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)


class FakeCases:
    def __init__(self, total: int) -> None:
        self.total = total
        self.calls: list[tuple[CaseQuery, int, int]] = []

    def rows(self, query: CaseQuery, offset: int, limit: int) -> list[CaseRow]:
        self.calls.append((query, offset, limit))
        end = min(self.total, offset + limit)
        return [
            CaseRow(
                i,
                f"C-2026-{i:04d}",
                "华信银行",
                f"投诉 {i}",
                ComplaintType.TECHNICAL,
                None,
                Stage.PLAN,
                CaseStatus.OPEN,
                NOW - timedelta(days=i),
                NOW - timedelta(hours=1),
                CommitmentKind.ACTION,
            )
            for i in range(offset, end)
        ]

    def count(self, query: CaseQuery) -> int:
        return self.total

    def count_is_slow(self, query: CaseQuery) -> bool:
        return bool(query.text)

    def count_detached(self, query: CaseQuery) -> int:
        return self.total

    def snippet(self, case_id: int, text: str) -> str:
        return f"…[{text}] in case {case_id}"


def make(total: int, language: Language = Language.EN) -> tuple[CaseTableModel, FakeCases]:
    fake = FakeCases(total)
    model = CaseTableModel(fake, language, UTC, lambda: NOW)
    model.set_query(CaseQuery())
    return model, fake


def test_rows_arrive_a_page_at_a_time(qapp):
    model, fake = make(450)
    assert model.rowCount() == 200
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 450
    assert not model.canFetchMore(QModelIndex())
    assert [offset for _, offset, _ in fake.calls] == [0, 200, 400]


def test_cells_show_words_and_the_commitment_colour(qapp):
    model, _ = make(3)
    assert model.index(0, 0).data() == "C-2026-0000"
    assert model.index(0, 3).data() == "Technical"
    assert model.index(0, 5).data() == "5. Plan & execute"
    assert model.index(0, 6).data() == "Overdue · Action"
    colour = model.index(0, 6).data(Qt.ItemDataRole.ForegroundRole)
    assert colour == state_color(CommitmentState.OVERDUE)
    chinese, _ = make(1, Language.ZH)
    assert chinese.index(0, 6).data() == "已逾期 · 整改措施"


def test_sorting_asks_the_store_again(qapp):
    model, fake = make(10)
    model.sort(4, Qt.SortOrder.AscendingOrder)
    query = fake.calls[-1][0]
    assert (query.sort, query.descending) == (SortKey.SEVERITY, False)


def test_a_slow_count_arrives_later_while_rows_show_at_once(qapp, qtbot):
    model, _ = make(450)
    with qtbot.waitSignal(model.count_known, timeout=5000):
        model.set_query(CaseQuery(text="延期"))
        assert model.rowCount() == 200
        assert model.total is None
    qtbot.waitUntil(lambda: model.total == 450, timeout=5000)


def test_a_short_result_needs_no_count(qapp):
    model, fake = make(450)
    fake.total = 7
    model.set_query(CaseQuery(text="延期"))
    assert model.total == 7 and not model.canFetchMore(QModelIndex())


def test_while_searching_the_title_shows_the_match(qapp):
    model, _ = make(3)
    model.set_query(CaseQuery(text="延期"))
    assert model.index(1, 2).data() == "…[延期] in case 1"
