"""The Insights view: empty guidance, the tiles, the period selector and PNG export."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog

from desktop.domain.enums import Channel, Language
from desktop.views.insights import InsightsView


def complaint(services, clock, days_ago):
    case = services.cases.create()
    case = services.cases.update_intake(
        case.id,
        customer="华信银行",
        contact_name="王经理",
        received_at=clock.now - timedelta(days=days_ago),
        complaint_text="系统崩溃",
    )
    services.cases.record_first_response(
        case.id, case.intake.received_at + timedelta(hours=2), Channel.PHONE
    )
    return case


def test_with_no_cases_the_view_says_what_will_appear(qtbot, services):
    view = InsightsView(services, Language.ZH)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.counted):
        view.show()
    assert view.empty.isVisible()
    assert not view.scroll_area.isVisible()


def test_the_tiles_follow_the_period(qtbot, services, clock):
    complaint(services, clock, 2)
    complaint(services, clock, 200)
    view = InsightsView(services, Language.EN)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.counted):
        view.show()
        assert view.tiles["cases"].text() == "…"  # counting: no number that is not true yet
    assert view.scroll_area.isVisible()
    assert view.tiles["cases"].text() == "2"  # the last 12 months by default
    assert view.tiles["first"].text() == "100%"
    with qtbot.waitSignal(view.counted):
        view.period.set_value(3)
    assert view.tiles["cases"].text() == "1"
    assert view.repeats.rowCount() == 0
    with qtbot.waitSignal(view.counted):
        view.period.set_value(None)
    assert view.repeats.item(0, 0).text() == "华信银行"
    assert view.repeats.item(0, 1).text() == "2"


def test_a_chart_exports_as_a_png(qtbot, services, clock, tmp_path, monkeypatch):
    complaint(services, clock, 2)
    view = InsightsView(services, Language.ZH)
    qtbot.addWidget(view)
    view.resize(900, 700)
    with qtbot.waitSignal(view.counted):
        view.show()
    target = tmp_path / "chart.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    view.export(view.by_month, "complaints-by-month")
    image = QImage(str(target))
    assert not image.isNull()
    assert image.width() > 100


def test_opening_the_view_again_counts_new_cases(qtbot, services, clock):
    complaint(services, clock, 2)
    view = InsightsView(services, Language.ZH)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.counted):
        view.show()
    view.hide()
    complaint(services, clock, 1)
    with qtbot.waitSignal(view.counted):
        view.show()
    assert view.tiles["cases"].text() == "2"


def test_month_by_month_shows_each_months_figures_newest_first(qtbot, services, clock):
    complaint(services, clock, 2)
    complaint(services, clock, 40)
    late = complaint(services, clock, 70)
    services.cases.record_survey(late.id, 4, 10, "", None)
    view = InsightsView(services, Language.EN)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.counted):
        view.show()
    rows = [
        [view.trends.item(row, column).text() for column in range(view.trends.columnCount())]
        for row in range(view.trends.rowCount())
    ]
    months = [row[0] for row in rows]
    assert months == sorted(months, reverse=True) and len(months) == 3
    assert [row[1] for row in rows] == ["1", "1", "1"]
    assert all(row[2] == "100%" for row in rows)  # each answered within 2 h
    assert rows[-1][6:] == ["4.0", "+100", "—"]  # no effectiveness check recorded
    assert rows[0][6:] == ["—", "—", "—"]
