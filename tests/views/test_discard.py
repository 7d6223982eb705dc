"""Esc, Cancel or the close button on a journal entry, a thought record or a self-review asks
before throwing away what was written; an untouched one just closes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.domain.enums import Language
from desktop.views.journal_entry import JournalEntryDialog
from desktop.views.self_review import SelfReviewDialog
from desktop.wizards.thought_record import ThoughtRecordWizard
from tests.typing import type_text

PAGE = "被客户骂了二十分钟，挂了电话手还在抖。"


def answer(choice: str, asked: list[str]) -> None:
    """Click `choice` in the question that is about to open, noting that it was asked."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        [button] = [b for b in box.buttons() if b.text() == choice]
        button.click()

    QTimer.singleShot(0, click)


def dialogs(services):
    entry = JournalEntryDialog(services, Language.EN)
    thought = ThoughtRecordWizard(services, Language.EN)
    review = SelfReviewDialog(services, Language.EN, None)
    return [
        (entry, entry.body),
        (thought, thought.situation.editor),
        (review, review.fields["went_wrong"]),
    ]


@pytest.mark.parametrize("which", [0, 1, 2])
def test_escape_asks_before_what_was_written_is_lost(qtbot, services, which):
    dialog, box = dialogs(services)[which]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing written: it just closes
    assert not dialog.isVisible()
    dialog.show()
    box.setFocus()
    type_text(qtbot, box, PAGE)
    asked: list[str] = []
    answer("Keep writing", asked)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert asked == ["What you wrote here is not saved yet. Discard it, or keep writing?"]
    assert dialog.isVisible() and box.toPlainText() == PAGE
    answer("Discard", asked)
    dialog.reject()  # Cancel, or the window's close button
    assert len(asked) == 2 and not dialog.isVisible()
    assert services.journal.entries() == [] and services.journal.records() == []
    assert services.journal.reviews() == []
