"""The letter dialog driven as a user drives it: language, facts, text, signature, preview."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.domain.complaint import Compensation
from desktop.domain.enums import EventKind, Language
from desktop.domain.settings import Profile
from desktop.views.letter_dialog import LetterDialog
from tests.documents.conftest import make_case
from tests.typing import type_text


def open_dialog(qtbot, services, case, window=Language.ZH) -> LetterDialog:
    dialog = LetterDialog(services, case.id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_preview_shows_the_real_pages_and_follows_the_text(services, clock, qtbot):
    case = make_case(services, clock)
    dialog = open_dialog(qtbot, services, case)
    qtbot.waitUntil(lambda: dialog.preview.page_count == 1, timeout=15_000)
    first = dialog.preview.shown_pdf
    assert first.startswith(b"%PDF")
    dialog.editor.appendPlainText("附：我们已安排专人驻场一周。")
    qtbot.waitUntil(lambda: dialog.preview.shown_pdf != first, timeout=15_000)
    assert dialog.body_touched and dialog.redraft_button.isVisible()


def test_a_chinese_window_writes_an_english_letter_signed_in_english(services, clock, qtbot):
    case = make_case(services, clock, customer="Northwind Traders", contact="Sarah Miller")
    services.settings.save_profile(Profile("李明", "工程师", "云帆", "138 0013 8000"))
    dialog = open_dialog(qtbot, services, case)
    dialog.letter_language.setCurrentIndex(dialog.letter_language.findData(Language.EN))
    assert dialog.salutation.text() == "Dear Sarah Miller,"
    assert dialog.signer.isVisible()  # no English name yet: asked for here
    assert not dialog.export_button.isEnabled()
    type_text(qtbot, dialog.signer.edits["name"], "Li Ming")
    dialog.signer.edits["name"].editingFinished.emit()
    type_text(qtbot, dialog.signer.edits["title"], "Implementation Engineer")
    dialog.signer.edits["title"].editingFinished.emit()
    assert services.settings.profile().name_en == "Li Ming"  # saved to Settings
    qtbot.waitUntil(dialog.export_button.isEnabled, timeout=5000)
    assert "Once again, please accept our sincere apologies." in dialog.editor.toPlainText()


def test_the_facts_draft_the_text_until_it_is_edited_by_hand(services, clock, qtbot):
    case = make_case(services, clock)
    services.cases.delete_part(Compensation, case.compensations[0].id)
    case = services.cases.get(case.id)
    dialog = open_dialog(qtbot, services, case)
    type_text(qtbot, dialog.compensation, "免费提供两天现场驻场支持")
    assert "为表歉意，我们将免费提供两天现场驻场支持。" in dialog.editor.toPlainText()
    dialog.editor.appendPlainText("（手写的一句）")
    type_text(qtbot, dialog.issue, "……")
    assert "（手写的一句）" in dialog.editor.toPlainText()  # the hand edit is kept
    dialog.redraft()
    assert "（手写的一句）" not in dialog.editor.toPlainText()


def test_what_cannot_be_filled_is_asked_in_words_and_blocks_the_export(services, clock, qtbot):
    case = make_case(services, clock)
    services.cases.classify(case.id, subtype=None)
    dialog = open_dialog(qtbot, services, services.cases.get(case.id))
    assert not dialog.export_button.isEnabled()
    assert "出了什么问题" in dialog.status.text() or "What went wrong" in dialog.status.text()
    assert "{" not in dialog.status.text() and "{" not in dialog.editor.toPlainText()
    assert "【出了什么问题】" in dialog.editor.toPlainText()
    assert dialog.form.errors["issue"].isVisible()  # marked where it is to be written
    type_text(qtbot, dialog.issue, "月结报表数据错误")
    qtbot.waitUntil(dialog.export_button.isEnabled, timeout=5000)
    assert not dialog.form.errors["issue"].isVisible()
    assert dialog.subject.text() == "关于月结报表数据错误的说明"


def test_tone_notes_highlight_the_words_and_never_block(services, clock, qtbot):
    case = make_case(services, clock)
    dialog = open_dialog(qtbot, services, case)
    dialog.editor.appendPlainText("但是贵方也有操作问题。")
    dialog.update_checks()
    assert dialog.tone.notes.count() >= 1
    assert "但是贵方" in dialog.tone.notes.item(0).text()
    start = dialog.editor.toPlainText().index("但是贵方")
    assert any(s <= start < e for s, e in dialog.tone.highlighter.spans)
    assert dialog.export_button.isEnabled()


def test_a_letter_that_no_longer_owns_the_fault_is_warned(services, clock, qtbot):
    case = make_case(services, clock)
    dialog = open_dialog(qtbot, services, case)
    assert not dialog.tone.gap_codes
    dialog.editor.setPlainText("您好！系统已经恢复正常。")
    dialog.update_checks()
    assert "no_responsibility" in dialog.tone.gap_codes and dialog.tone.gaps.isVisible()


def test_export_writes_the_pdf_keeps_the_letter_and_records_it(
    services, clock, qtbot, tmp_path, monkeypatch
):
    case = make_case(services, clock)
    target = tmp_path / "letter.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(target), ""))
    )
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    dialog = open_dialog(qtbot, services, case)
    dialog.editor.appendPlainText("附：已安排专人驻场一周。")
    dialog.export()
    qtbot.waitUntil(target.exists, timeout=15000)
    assert target.read_bytes().startswith(b"%PDF")
    saved = services.cases.get(case.id)
    assert "已安排专人驻场一周" in saved.letter_text
    assert saved.letter_salutation == "尊敬的王建国："
    assert saved.timeline[-1].kind is EventKind.LETTER_EXPORTED
    assert services.settings.get("export.folder") == str(tmp_path)
    assert Path(target).name == "letter.pdf"


def test_a_letter_exported_as_drafted_does_not_say_it_was_edited_by_hand(
    services, clock, qtbot, tmp_path, monkeypatch
):
    case = make_case(services, clock)
    target = tmp_path / "letter.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(target), ""))
    )
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    dialog = open_dialog(qtbot, services, case)
    dialog.export()
    qtbot.waitUntil(target.exists, timeout=15000)
    qtbot.waitUntil(lambda: "letter.pdf" in dialog.status.text(), timeout=15000)
    assert not dialog.redraft_note.isVisibleTo(dialog)
    again = open_dialog(qtbot, services, services.cases.get(case.id))
    assert not again.redraft_note.isVisibleTo(again)
    again.editor.appendPlainText("附：已安排专人驻场一周。")
    assert again.redraft_note.isVisibleTo(again)


def test_chinese_left_in_an_english_letter_is_pointed_out(services, clock, qtbot):
    case = make_case(services, clock, customer="Northwind Traders", contact="Sarah Miller")
    dialog = open_dialog(qtbot, services, case)
    dialog.letter_language.setCurrentIndex(dialog.letter_language.findData(Language.EN))
    assert any("措施" in run for run in dialog.tone.untranslated)  # actions typed in Chinese
    assert dialog.tone.gaps.isVisible() and "措施" in dialog.tone.gaps.text()
    assert "nothing to change" not in dialog.tone.title.text()


def test_an_english_letter_with_chinese_in_it_goes_only_when_the_user_says_so(
    services, clock, qtbot, tmp_path, monkeypatch
):
    case = make_case(services, clock, customer="Northwind Traders", contact="Sarah Miller")
    target = tmp_path / "letter.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(target), ""))
    )
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)  # what is recorded with the export
    asked: list[str] = []

    def answer(reply):
        def question(parent, title, text, *args):
            asked.append(text)
            return reply

        return staticmethod(question)

    dialog = open_dialog(qtbot, services, case)
    dialog.letter_language.setCurrentIndex(dialog.letter_language.findData(Language.EN))
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    dialog.export()
    assert asked and "措施" in asked[0] and not target.exists()
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    dialog.export()
    qtbot.waitUntil(target.exists, timeout=15000)
    assert len(asked) == 2


def test_signing_in_the_letter_enables_export_without_leaving_the_field(services, clock, qtbot):
    case = make_case(services, clock)
    services.settings.save_profile(Profile())
    dialog = open_dialog(qtbot, services, services.cases.get(case.id))
    assert dialog.signer.isVisible() and not dialog.export_button.isEnabled()
    for key, value in (("name", "李明"), ("title", "顾问"), ("company", "远航软件")):
        type_text(qtbot, dialog.signer.edits[key], value)
    type_text(qtbot, dialog.signer.edits["phone"], "13800001234")
    qtbot.waitUntil(dialog.export_button.isEnabled, timeout=5000)
    assert dialog.signer.edits["phone"].text() == "13800001234"


def test_reopened_the_promise_box_says_what_is_promised_already(services, clock, qtbot):
    from datetime import timedelta

    case = make_case(services, clock)
    dialog = open_dialog(qtbot, services, case, Language.EN)
    assert dialog.commitment.placeholderText().startswith("e.g.")
    dialog.close()
    services.cases.add_promise(case.id, "明天上午派工程师到现场", clock.now + timedelta(hours=20))
    again = open_dialog(qtbot, services, services.cases.get(case.id), Language.EN)
    assert again.commitment.placeholderText() == (
        "Another promise, if any (already promised: 明天上午派工程师到现场)"
    )
    assert again.commitment.text() == ""
