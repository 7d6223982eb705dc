"""Next with a required field missing is never a silent no-op: the page scrolls to the field,
puts the cursor in it, shows the message beside it and names it beside the buttons."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from desktop.domain.enums import ComplaintType, Language, Stage
from tests.wizards.test_complaint_wizard import click_next


def inside_viewport(page, widget: QWidget) -> bool:
    viewport = page.scroll.viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return top_left.y() >= 0 and top_left.y() + 20 <= viewport.height()


def small_wizard(open_wizard, services, stage: Stage, language: Language = Language.EN):
    case = services.cases.create()
    services.cases.update_intake(
        case.id, customer="华信银行", contact_name="王建国", complaint_text="报表数据错误"
    )
    services.cases.classify(case.id, complaint_type=ComplaintType.TECHNICAL)
    wizard = open_wizard(case.id, language, stage)
    wizard.resize(900, 520)  # a laptop's wizard: the root cause sits below the fold
    QApplication.processEvents()
    return wizard


@pytest.mark.parametrize(
    ("language", "needed"),
    [(Language.EN, "Still needed: Root cause"), (Language.ZH, "还需填写：根本原因")],
)
def test_investigate_next_scrolls_to_the_root_cause_and_names_it(
    open_wizard, qtbot, services, speak, language, needed
):
    speak(language)
    wizard = small_wizard(open_wizard, services, Stage.INVESTIGATE, language)
    page = wizard.pages[Stage.INVESTIGATE]
    page.scroll.verticalScrollBar().setValue(page.scroll.verticalScrollBar().maximum())
    assert not inside_viewport(page, page.root_cause)  # read down to the tables first
    click_next(qtbot, wizard)
    assert wizard.currentId() == Stage.INVESTIGATE
    assert inside_viewport(page, page.root_cause)
    assert page.root_cause.hasFocus()
    assert page.forms[0].errors["root_cause"].isVisible()
    assert page.missing_line.isVisible()
    assert page.missing_line.text().startswith(needed)
    assert page.missing_line.property("tone") == "error"


def test_typing_in_the_field_takes_the_line_away_and_next_goes_on(open_wizard, qtbot, services):
    wizard = small_wizard(open_wizard, services, Stage.INVESTIGATE)
    page = wizard.pages[Stage.INVESTIGATE]
    click_next(qtbot, wizard)
    qtbot.keyClicks(page.root_cause, "The upgrade script skipped the check")
    assert not page.missing_line.isVisible()
    click_next(qtbot, wizard)
    assert wizard.currentId() == Stage.PLAN


def test_a_missing_short_term_fix_is_named_with_its_reason(open_wizard, qtbot, services):
    wizard = small_wizard(open_wizard, services, Stage.PLAN)
    page = wizard.pages[Stage.PLAN]
    click_next(qtbot, wizard)
    assert wizard.currentId() == Stage.PLAN
    assert page.missing_line.isVisible()
    assert "A short-term fix" in page.missing_line.text()
    assert "Add at least one short-term fix." in page.missing_line.text()
    assert inside_viewport(page, page.actions)


def test_every_page_that_refuses_next_says_why(open_wizard, qtbot, services):
    wizard = open_wizard(services.cases.create().id)
    for stage in (Stage.INTAKE, Stage.CLASSIFY, Stage.INVESTIGATE, Stage.PLAN):
        wizard.jump_to(stage)
        page = wizard.pages[stage]
        click_next(qtbot, wizard)
        assert wizard.currentId() == stage
        assert page.missing_line.isVisible(), stage
        assert page.missing_line.text(), stage
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_the_root_cause_is_the_first_thing_on_the_investigate_page(open_wizard, services):
    wizard = small_wizard(open_wizard, services, Stage.INVESTIGATE)
    page = wizard.pages[Stage.INVESTIGATE]
    assert inside_viewport(page, page.root_cause)
