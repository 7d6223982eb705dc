from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from desktop.domain.enums import Language
from desktop.services import Services
from desktop.views.main_window import MainWindow
from desktop.views.navigation import VIEW_NAMES
from tests.typing import type_text


@pytest.fixture
def window(qtbot, services):
    shown = MainWindow(services, Language.EN)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_every_view_can_be_reached_and_shows_guidance_when_empty(window, qtbot):
    for name in VIEW_NAMES:
        window.show_view(name)
        assert window.current_view_name() == name
        view = window.view(name)
        assert view.isVisible()
        empty = getattr(view, "empty", None)
        if name != "settings":
            assert empty is not None
            qtbot.waitUntil(empty.isVisible)  # Insights counts off the GUI thread
            assert len(empty.text.text()) > 40  # it says what will appear and how to start


def test_ctrl_number_switches_views(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view_name() == "settings"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view_name() == "cases"


def test_new_complaint_with_ctrl_n_creates_a_case(window, qtbot, services):
    from desktop.domain.case_query import CaseQuery

    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert services.cases.count(CaseQuery()) == 1


def test_ctrl_f_focuses_the_search_and_searching_filters_the_list(window, qtbot, services, clock):
    for text in ("报表查询太慢", "接口报错"):
        case = services.cases.create()
        services.cases.update_intake(
            case.id,
            customer="客户",
            contact_name="联系人",
            received_at=clock.now - timedelta(hours=1),
            complaint_text=text,
        )
    cases = window.view("cases")
    cases.refresh()
    assert cases.model.rowCount() == 2
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    type_text(qtbot, window.search, "报错")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert cases.model.rowCount() == 1
    assert "接口[报错]" in cases.model.index(0, 2).data()  # the match, marked for highlighting


def test_status_line_counts_commitments(window, services, clock, qtbot):
    case = services.cases.create()
    services.cases.update_intake(
        case.id,
        customer="客户",
        contact_name="联系人",
        received_at=clock.now - timedelta(hours=30),
        complaint_text="没人回复",
    )
    window.refresh_status()  # counted off the GUI thread
    qtbot.waitUntil(lambda: window.status_line.text() == "Commitments due today: 0 · overdue: 1")


def test_window_geometry_is_remembered(qtbot, services, data_home, clock):
    first = MainWindow(services, Language.EN)
    first.show()
    first.resize(780, 500)
    first.close()
    first.deleteLater()
    services.close()
    reopened = Services.open(data_home, clock)
    second = MainWindow(reopened, Language.EN)
    assert (second.width(), second.height()) == (780, 500)
    second.close()
    second.deleteLater()
    reopened.close()


def test_the_first_window_fits_a_small_screen():
    from PySide6.QtCore import QSize

    from desktop.views.main_window import first_size

    assert first_size(QSize(1366, 728)) == QSize(1318, 680)  # 1366×768 with a panel
    assert first_size(QSize(2560, 1400)) == QSize(1320, 800)
