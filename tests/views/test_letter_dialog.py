from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.domain.enums import EventKind, Language
from desktop.views.letter_dialog import LetterDialog
from tests.documents.conftest import make_case
from tests.typing import type_text


def test_tone_notes_appear_and_never_block(qtbot, services, clock):
    case = make_case(services, clock)
    dialog = LetterDialog(services, case.id, Language.ZH)
    qtbot.addWidget(dialog)
    assert dialog.tone.count() == 0
    dialog.editor.appendPlainText("但是贵方也有操作问题。")
    dialog.update_checks()
    assert dialog.tone.count() == 1
    assert "但是贵方" in dialog.tone.item(0).text()
    assert dialog.export_button.isEnabled()


def test_placeholders_the_case_cannot_fill_are_asked_for_before_export(qtbot, services, clock):
    case = make_case(services, clock)
    services.cases.delete_part(type(case.compensations[0]), case.compensations[0].id)
    dialog = LetterDialog(services, case.id, Language.EN)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.missing() == ["compensation"]
    assert not dialog.export_button.isEnabled()
    assert "{compensation}" in dialog.status.text()
    field = dialog.missing_fields["compensation"]
    type_text(qtbot, field, "two days of on-site support")
    field.editingFinished.emit()
    assert dialog.missing() == []
    assert dialog.export_button.isEnabled()
    assert "two days of on-site support" in dialog.editor.toPlainText()


def test_export_writes_the_pdf_keeps_the_edit_and_records_it(
    qtbot, services, clock, tmp_path, monkeypatch
):
    case = make_case(services, clock)
    target = tmp_path / "letter.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(target), ""))
    )
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    dialog = LetterDialog(services, case.id, Language.ZH)
    qtbot.addWidget(dialog)
    dialog.editor.appendPlainText("附：已安排专人驻场一周。")
    dialog.export()
    qtbot.waitUntil(target.exists, timeout=15000)
    assert target.read_bytes().startswith(b"%PDF")
    saved = services.cases.get(case.id)
    assert "已安排专人驻场一周" in saved.letter_text
    assert saved.timeline[-1].kind is EventKind.LETTER_EXPORTED
    assert services.settings.get("export.folder") == str(tmp_path)
    assert Path(target).name == "letter.pdf"
