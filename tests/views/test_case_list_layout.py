"""The Cases list at 1366×768: the title gets the room, a cut-off cell shows all of it when
pointed at, the customer filter is there, and widths, sort and split are remembered."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from desktop.domain.enums import Language
from desktop.services import Services
from desktop.views.case_list import CaseListView
from desktop.views.main_window import MainWindow
from desktop.views.roles import TOOLTIP_ROLE

LONG = "上线第一天财务报表模板就出错，月结数据对不上，打了三次电话也没人给个说法"


def _cases(services, clock):
    for index, customer in enumerate(("华信银行股份有限公司信息科技部", "远航物流", "明德学校")):
        case = services.cases.create()
        services.cases.update_intake(
            case.id,
            customer=customer,
            contact_name="王经理",
            complaint_text=f"{LONG}（{index}）",
            received_at=clock.now - timedelta(days=index),
        )


def test_at_1366_by_768_the_title_gets_the_room(qtbot, services, clock):
    _cases(services, clock)
    window = MainWindow(services, Language.ZH)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    table = window.view("cases").table
    widths = [table.columnWidth(column) for column in range(table.model().columnCount())]
    assert widths[2] == max(widths)
    assert widths[2] >= table.viewport().width() // 4
    window.close()


def test_a_cut_off_cell_shows_its_whole_text(qtbot, services, clock):
    _cases(services, clock)
    view = CaseListView(services, Language.ZH)
    qtbot.addWidget(view)
    model = view.model
    titles = [model.index(row, 2).data(TOOLTIP_ROLE) for row in range(model.rowCount())]
    assert all(title.startswith("上线第一天财务报表模板就出错") for title in titles)
    customers = {model.index(row, 1).data(TOOLTIP_ROLE) for row in range(model.rowCount())}
    assert "华信银行股份有限公司信息科技部" in customers


def test_the_customer_filter_is_on_screen_and_filters(qtbot, services, clock):
    _cases(services, clock)
    view = CaseListView(services, Language.ZH)
    qtbot.addWidget(view)
    view.show()
    assert view.customer_filter.isVisible()
    view.customer_filter.setCurrentText("远航物流")
    assert view.model.rowCount() == 1


def test_widths_sort_and_split_are_remembered(qtbot, services, data_home, clock):
    _cases(services, clock)
    first = MainWindow(services, Language.EN)
    first.show()
    cases = first.view("cases")
    cases.table.setColumnWidth(1, 222)
    cases.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    cases.splitter.setSizes([700, 330])
    sizes = cases.splitter.sizes()
    first.close()
    first.deleteLater()
    services.close()
    reopened = Services.open(data_home, clock)
    second = MainWindow(reopened, Language.EN)
    second.show()
    again = second.view("cases")
    header = again.table.horizontalHeader()
    assert again.table.columnWidth(1) == 222
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        1,
        Qt.SortOrder.AscendingOrder,
    )
    assert again.model.query.sort.value == "customer" and not again.model.query.descending
    assert again.splitter.sizes()[1] == sizes[1]  # the Today panel keeps its width
    second.close()
    second.deleteLater()
    reopened.close()


def test_a_goal_set_before_the_first_case_shows_beside_the_empty_list(qtbot, window, services):
    from desktop.domain.goals import Goal

    view = window.view("cases")
    assert view.empty.isVisible() and not view.today.isVisible()  # nothing to show beside it
    assert not view.filters.isVisible()  # nothing to filter
    services.goals.save(Goal(0, "每周回访一次客户"))
    window.show_view("goals")
    window.show_view("cases")
    assert view.empty.isVisible() and view.today.isVisible()
    assert "每周回访一次客户" in view.today.goals.text()
