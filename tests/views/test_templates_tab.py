"""Settings › Templates: edit the letter or a first-response script with the fields listed,
refuse a template that cannot fill, reset to the shipped text after asking."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.domain.enums import ComplaintType, Language
from desktop.domain.errors import ValidationError
from desktop.domain.first_response import script_template
from desktop.domain.letter import letter_template
from desktop.domain.template_specs import check_template, template_specs
from desktop.views.templates_tab import TemplatesTab


@pytest.fixture
def tab(qtbot, services):
    widget = TemplatesTab(services, Language.EN)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _choose(tab, complaint_type, language):
    spec = next(
        s for s in tab.specs if s.complaint_type is complaint_type and s.language is language
    )
    tab.choice.set_value(spec.key)
    return spec


def test_every_template_is_offered_with_its_fields(tab):
    assert tab.choice.count() == 10  # the letter and four scripts, in two languages
    assert tab.choice.currentText() == "Apology letter · English"  # the window's language first
    assert tab.state.text() == "As shipped" and not tab.reset_button.isEnabled()
    fields = [tab.fields.item(i).text() for i in range(tab.fields.count())]
    assert "{what_happened} — What happened (the cause, in plain words)" in fields


def test_an_edited_letter_is_what_new_letters_start_from(tab, services):
    _choose(tab, None, Language.ZH)
    tab.editor.setPlainText(tab.editor.toPlainText() + "\n\n我们会在每周例会上通报进展。")
    tab.fields.setCurrentRow(0)
    assert tab.save()
    assert tab.state.text() == "Edited by you" and tab.reset_button.isEnabled()
    folder = services.settings.templates_folder()
    assert letter_template(Language.ZH, folder).endswith("我们会在每周例会上通报进展。")
    assert letter_template(Language.EN, folder) == letter_template(Language.EN)


def test_a_template_that_cannot_fill_is_refused_beside_it(tab, services):
    spec = _choose(tab, ComplaintType.ATTITUDE, Language.EN)
    before = tab.editor.toPlainText()
    tab.editor.setPlainText(before + " Call {manager_phone}.")
    assert not tab.save()
    assert "{manager_phone}" in tab.form.errors["template"].text()
    tab.editor.setPlainText("[[Dear {contact}, " + before)
    assert not tab.save()
    assert "[[" in tab.form.errors["template"].text()
    assert not services.templates.is_edited(spec)


def test_reset_asks_then_brings_back_the_shipped_text(tab, services, monkeypatch):
    spec = _choose(tab, ComplaintType.TECHNICAL, Language.ZH)
    tab.editor.setPlainText("{contact}您好，我们已收到，{engineer}马上处理。")
    assert tab.save()
    folder = services.settings.templates_folder()
    assert script_template(ComplaintType.TECHNICAL, Language.ZH, folder).startswith("{contact}您好")
    assert not tab.reset()  # answered No: kept
    assert services.templates.is_edited(spec)
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    assert tab.reset()
    assert tab.editor.toPlainText() == services.templates.shipped(spec)
    assert script_template(ComplaintType.TECHNICAL, Language.ZH, folder) == tab.editor.toPlainText()


def test_the_shipped_templates_pass_their_own_check():
    for spec in template_specs():
        from desktop.paths import resource

        check_template(resource("templates", *spec.parts).read_text(encoding="utf-8"), spec)
    with pytest.raises(ValidationError):
        check_template("   ", template_specs()[0])
