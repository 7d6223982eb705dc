"""The Classify page: the suggestion with its reasons highlighted in the complaint, using it,
choosing otherwise (learned, and forgotten in Settings), and the intake's severity hint."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from desktop.domain.catalog import label
from desktop.domain.enums import ComplaintType, Language, Severity, Stage
from desktop.views.settings import SettingsView

COMPLAINT = "我们在群里问了三天，一直没人回消息，到现在还没人给个说法"


def _classify_page(open_wizard, services, text: str, language=Language.ZH):
    case = services.cases.create()
    services.cases.update_intake(case.id, complaint_text=text)
    wizard = open_wizard(case.id, language=language, stage=Stage.CLASSIFY)
    return wizard, wizard.pages[Stage.CLASSIFY]


def _fragments(panel, marked) -> list[str]:
    """The stretches of the shown complaint whose format `marked` says yes to."""
    found = []
    block = panel.complaint.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if marked(fragment.charFormat()):
                found.append(fragment.text())
            iterator += 1
        block = block.next()
    return found


def _highlighted(panel) -> list[str]:
    """The stretches of the shown complaint drawn with a background."""
    return _fragments(panel, lambda form: form.background().style().value)


def _underlined(panel) -> list[str]:
    return _fragments(panel, lambda form: form.underlineStyle().value)


def test_the_suggestion_says_why_in_the_complaint_s_own_words(open_wizard, services):
    wizard, page = _classify_page(open_wizard, services, COMPLAINT)
    panel = page.suggestion_box
    suggestion = panel.suggestion
    assert suggestion is not None and suggestion.complaint_type is ComplaintType.COMMUNICATION
    assert "沟通类" in panel.summary.text() and f"{suggestion.percent}%" in panel.summary.text()
    assert panel.complaint.toPlainText() == COMPLAINT
    highlighted = _highlighted(panel)
    assert highlighted and all(part in COMPLAINT for part in highlighted)
    assert set(highlighted) <= set(suggestion.cues)
    page.use_suggestion.click()
    wizard.autosaver.flush()
    assert services.cases.get(wizard.case.id).classification.complaint_type is (
        ComplaintType.COMMUNICATION
    )
    assert services.suggestions.learned_count() == 0


def test_a_mixed_complaint_quotes_the_part_that_is_of_another_kind(open_wizard, services):
    text = "上线第一天财务报表模板就出错，月结数据对不上，打了三次电话也没人给个说法"
    _wizard, page = _classify_page(open_wizard, services, text)
    suggestion = page.suggestion_box.suggestion
    assert suggestion is not None and suggestion.also is not None
    summary = page.suggestion_box.summary.text()
    # (the tests run untranslated: 其中也涉及技术类问题：「…」。 in Chinese)
    other = label(suggestion.also, Language.ZH)
    assert f"Part of it is a {other} complaint too: 「{suggestion.also_cue}」." in summary
    assert _underlined(page.suggestion_box) == [suggestion.also_cue]  # and marked in the text


def test_using_a_mixed_suggestion_fills_the_other_type_which_is_never_the_main_one(
    open_wizard, services
):
    text = "上线第一天财务报表模板就出错，月结数据对不上，打了三次电话也没人给个说法"
    wizard, page = _classify_page(open_wizard, services, text)
    suggestion = page.suggestion_box.suggestion
    assert suggestion is not None and suggestion.also is ComplaintType.TECHNICAL
    page.use_suggestion.click()
    wizard.autosaver.flush()
    assert wizard.autosaver.refused == {}
    saved = services.cases.get(wizard.case.id).classification
    assert (saved.complaint_type, saved.also_type) == (
        ComplaintType.COMMUNICATION,
        ComplaintType.TECHNICAL,
    )
    offered = page.also_type.values()
    assert offered == [None, ComplaintType.TECHNICAL, ComplaintType.PROCESS, ComplaintType.ATTITUDE]
    # the other type chosen as the main one: it is no longer offered as the other
    page.set_combo(page.complaint_type, ComplaintType.TECHNICAL)
    wizard.autosaver.flush()
    assert page.also_type.value() is None
    assert ComplaintType.TECHNICAL not in page.also_type.values()
    assert services.cases.get(wizard.case.id).classification.also_type is None
    page.set_combo(page.also_type, ComplaintType.COMMUNICATION)
    wizard.autosaver.flush()
    saved = services.cases.get(wizard.case.id).classification
    assert (saved.complaint_type, saved.also_type) == (
        ComplaintType.TECHNICAL,
        ComplaintType.COMMUNICATION,
    )


def test_choosing_another_type_is_learned_and_said(open_wizard, services):
    wizard, page = _classify_page(open_wizard, services, COMPLAINT)
    page.set_combo(page.complaint_type, ComplaintType.ATTITUDE)
    wizard.autosaver.flush()
    assert services.suggestions.learned_count() == 1
    assert page.suggestion_box.learned.isVisibleTo(page)
    assert "Settings" in page.suggestion_box.learned.text() or "设置" in (
        page.suggestion_box.learned.text()
    )


def test_text_with_nothing_to_go_on_gets_no_suggestion(open_wizard, services):
    _, page = _classify_page(open_wizard, services, "你好，见附件", Language.EN)
    assert page.suggestion_box.suggestion is None
    assert not page.use_suggestion.isEnabled()
    assert "No suggestion" in page.suggestion_text.text()


def test_settings_forgets_what_was_learned_after_asking(qtbot, services, monkeypatch):
    case = services.cases.create()
    services.cases.update_intake(case.id, complaint_text=COMPLAINT)
    services.suggestions.record_choice(case.id, COMPLAINT, ComplaintType.ATTITUDE, None)
    view = SettingsView(services, Language.EN)
    qtbot.addWidget(view)
    tab = view.suggestions_tab
    assert "1" in tab.count.text() and tab.forget.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    tab.forget.click()
    assert services.suggestions.learned_count() == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.forget.click()
    assert services.suggestions.learned_count() == 0
    assert not tab.forget.isEnabled() and tab.status.tone() == "success"


def test_the_intake_suggests_a_severity_from_the_described_impact(open_wizard, qtbot):
    from tests.typing import type_text

    wizard = open_wizard(language=Language.ZH)
    page = wizard.pages[Stage.INTAKE]
    assert not page.severity_hint.isVisibleTo(page)
    type_text(qtbot, page.complaint_text, "今天早上开始全部门店都无法营业")
    assert page.severity_hint.isVisibleTo(page)
    assert "全部门店" in page.severity_hint.text.text()
    assert "紧急" in page.severity_hint.text.text()
    page.severity_hint.use.click()
    assert page.severity.value() is Severity.CRITICAL
    assert not page.severity_hint.isVisibleTo(page)
