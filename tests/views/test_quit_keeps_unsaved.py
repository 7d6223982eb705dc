"""Quitting with a wizard open whose typed value could not be saved asks first: the window
stays, with the wizard and the text, unless the user says to drop it."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from desktop.domain.enums import Stage


def test_quitting_asks_before_dropping_what_could_not_be_saved(
    window, services, qtbot, monkeypatch
):
    wizard = window.open_wizard(services.cases.create().id, Stage.INTAKE)
    intake = wizard.pages[Stage.INTAKE]
    qtbot.keyClicks(intake.contact_email, "wang at example")
    wizard.autosaver.flush()
    asked: list[str] = []

    def answer(reply):
        return staticmethod(lambda _p, _t, text, *a: asked.append(text) or reply)

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    window._quitting = True
    assert not window.close()
    assert asked and "E-mail" in asked[0]
    assert wizard.isVisible() and intake.contact_email.text() == "wang at example"
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    assert window.close() and not wizard.isVisible()
