"""You have seen this before: typing a complaint on the intake page lists closed cases and
lessons like it; a click opens one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.domain.case_query import CaseQuery
from desktop.domain.enums import CaseStatus, Language, Stage
from desktop.domain.similarity import PrecedentKind
from desktop.services.demo import fill_demo
from tests.services.test_precedents import closed_case
from tests.typing import type_text

REPORT = "月底报表查询太慢了，一张报表要等十几分钟，业务部门意见很大。"


def settled(qtbot, panel) -> None:
    """Wait for the pause in typing to pass and the panel to look."""
    qtbot.waitUntil(lambda: not panel._timer.isActive())


def test_typing_a_complaint_like_a_closed_demo_case_lists_it_first(
    open_wizard, qtbot, services, clock
):
    fill_demo(services.store, clock, 60, 1)
    rows = services.cases.rows(CaseQuery(status=CaseStatus.CLOSED), 0, 100)
    earlier = next(
        services.cases.get(row.id) for row in rows if "\u4e00" <= row.customer[0] <= "\u9fff"
    )
    wizard = open_wizard(language=Language.ZH)
    panel = wizard.pages[Stage.INTAKE].precedents
    assert not panel.isVisible()
    # the same customer's words again, as when a problem comes back
    type_text(qtbot, wizard.pages[Stage.INTAKE].complaint_text, earlier.intake.complaint_text[:24])
    qtbot.waitUntil(panel.isVisible)
    first = panel.entries[0].precedent
    assert first.kind is PrecedentKind.CASE
    assert first.candidate.text == earlier.intake.complaint_text
    assert services.cases.get(first.id).status.value == "closed"
    assert first.candidate.reference in panel.entries[0].button.text()
    details = panel.entries[0].details.text()
    assert earlier.investigation.root_cause[:8] in details
    assert len(panel.entries) <= 3
    assert first.id != wizard.case.id


def test_clicking_a_case_opens_its_case_file_from_the_main_window(qtbot, services, clock):
    from desktop.views.case_file import CaseFileDialog
    from desktop.views.main_window import MainWindow

    closed = closed_case(services, clock, REPORT, "报表 SQL 缺少索引。", "为报表查询增加索引。")
    window = MainWindow(services, Language.ZH)
    qtbot.addWidget(window)
    window.show()
    window.new_complaint()
    [wizard] = window._wizards
    page = wizard.pages[Stage.INTAKE]
    type_text(qtbot, page.complaint_text, "报表查询特别慢，打开一张月底报表要十几分钟")
    qtbot.waitUntil(page.precedents.isVisible)
    [entry] = page.precedents.entries
    assert (
        entry.button.text()
        == f"{closed.number} · 月底报表查询太慢了，一张报表要等十几分钟，业务部门意见很大"
    )
    with qtbot.waitSignal(wizard.open_case) as opened:
        qtbot.mouseClick(entry.button, Qt.MouseButton.LeftButton)
    assert opened.args == [closed.id]
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, CaseFileDialog)]
    assert [d.case_id for d in dialogs if d.isVisible()] == [closed.id]
    for dialog in dialogs:
        dialog.close()
    wizard.close()


def test_clicking_a_lesson_shows_it_in_the_library(qtbot, services):
    from desktop.views.main_window import MainWindow

    lesson = services.library.save(
        0,
        {
            "title": "Consultant rude to the customer's staff",
            "problem": "Your consultant was rude and impatient and kept interrupting our staff.",
            "root_cause": "The consultant was overloaded.",
            "solution": "Apologise in person and change the consultant.",
        },
    )
    window = MainWindow(services, Language.EN)
    qtbot.addWidget(window)
    window.show()
    window.new_complaint()
    [wizard] = window._wizards
    page = wizard.pages[Stage.INTAKE]
    type_text(qtbot, page.complaint_text, "The consultant was rude and impatient with our staff")
    qtbot.waitUntil(page.precedents.isVisible)
    [entry] = page.precedents.entries
    assert entry.button.text().startswith("Lesson · Consultant rude")
    assert "Apologise in person" in entry.details.text()
    qtbot.mouseClick(entry.button, Qt.MouseButton.LeftButton)
    assert window.current_view_name() == "library"
    library = window.view("library")
    assert library.lessons.selected_ids() == [lesson.id]
    wizard.close()


def test_unrelated_text_and_the_case_itself_show_nothing(open_wizard, qtbot, services, clock):
    closed = closed_case(services, clock, REPORT, "缺索引。", "加索引。")
    wizard = open_wizard(closed.id, language=Language.ZH)
    page = wizard.pages[Stage.INTAKE]
    assert not page.precedents.isVisible()  # its own text, but it is the case itself

    other = open_wizard(language=Language.ZH)
    panel = other.pages[Stage.INTAKE].precedents
    type_text(qtbot, other.pages[Stage.INTAKE].complaint_text, "请帮忙开通一个新的账号，下周要用")
    settled(qtbot, panel)
    assert not panel.isVisible() and panel.entries == []


def test_the_classify_page_shows_them_too(open_wizard, qtbot, services, clock):
    closed = closed_case(services, clock, REPORT, "缺索引。", "加索引。")
    case = services.cases.create()
    services.cases.update_intake(
        case.id, complaint_text="报表查询特别慢，打开一张月底报表要十几分钟"
    )
    wizard = open_wizard(case.id, language=Language.ZH, stage=Stage.CLASSIFY)
    panel = wizard.pages[Stage.CLASSIFY].precedents
    assert panel.isVisible()
    assert [entry.precedent.id for entry in panel.entries] == [closed.id]
