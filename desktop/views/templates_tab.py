"""Settings › Templates: the apology letter and the first-response scripts, per type and
language, edited here with the fields each can fill listed by name, and reset to the shipped
text."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.catalog import label
from desktop.domain.enums import Language
from desktop.domain.errors import ValidationError
from desktop.domain.letter import placeholder_label
from desktop.domain.template_specs import TemplateSpec
from desktop.services import Services
from desktop.views.roles import USER_ROLE
from desktop.views.widgets.choice_box import ChoiceBox
from desktop.views.widgets.field_form import FieldForm


class TemplatesTab(QWidget):
    def __init__(
        self, services: Services, language: Language, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.language = language
        self.specs = services.templates.specs()
        intro = QLabel(
            self.tr(
                "What the letter and the first-response messages say before the case fills "
                "them in. A {field} is filled from the case; a part in [[double brackets]] is "
                "left out when something in it is not known. Double-click a field to insert it."
            )
        )
        intro.setWordWrap(True)
        self.form = FieldForm()
        self.choice = ChoiceBox()
        for spec in self.specs:
            self.choice.add_choice(self._name(spec), spec.key)
        # the letter in the window's language first
        self.choice.set_value(next(spec.key for spec in self.specs if spec.language is language))
        self.choice.currentIndexChanged.connect(lambda _index: self._chosen())
        self.form.add("which", self.tr("Template"), self.choice)
        self.state = QLabel()
        self.form.add("state", "", self.state)
        self.editor = QPlainTextEdit()
        self.editor.setTabChangesFocus(True)
        self.editor.setMinimumHeight(260)
        self.form.add("template", self.tr("Text"), self.editor)
        self.fields = QListWidget()
        self.fields.setMaximumHeight(170)
        self.fields.itemDoubleClicked.connect(self._insert)
        self.form.add("fields", self.tr("Fields"), self.fields)
        self.saved = QLabel()
        self.reset_button = QPushButton(self.tr("Reset to default…"))
        self.reset_button.clicked.connect(self.reset)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        buttons.addWidget(self.saved)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self._shown: TemplateSpec | None = None
        self._chosen()

    def _name(self, spec: TemplateSpec) -> str:
        language = "中文" if spec.language is Language.ZH else "English"
        if spec.complaint_type is None:
            return self.tr("Apology letter · %1").replace("%1", language)
        return (
            self.tr("First response · %1 · %2")
            .replace("%1", label(spec.complaint_type, self.language))
            .replace("%2", language)
        )

    def spec(self) -> TemplateSpec:
        return next(spec for spec in self.specs if spec.key == self.choice.value())

    def is_changed(self) -> bool:
        shown = self._shown
        return shown is not None and self.editor.toPlainText() != self.services.templates.text(
            shown
        )

    def _chosen(self) -> None:
        if self.is_changed() and self._shown is not None:
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved template"),
                self.tr("Save your changes to “%1” first?").replace("%1", self._name(self._shown)),
            )
            if answer == QMessageBox.StandardButton.Yes and not self._save(self._shown):
                self.choice.blockSignals(True)
                self.choice.set_value(self._shown.key)
                self.choice.blockSignals(False)
                return
        spec = self.spec()
        self._shown = spec
        self.form.clear_errors()
        self.saved.setText("")
        self.editor.setPlainText(self.services.templates.text(spec))
        self.fields.clear()
        for name in spec.fields:
            item = QListWidgetItem(f"{{{name}}} — {placeholder_label(name, self.language)}")
            item.setData(USER_ROLE, name)
            self.fields.addItem(item)
        self._show_state()

    def _show_state(self) -> None:
        edited = self._shown is not None and self.services.templates.is_edited(self._shown)
        self.state.setText(self.tr("Edited by you") if edited else self.tr("As shipped"))
        self.reset_button.setEnabled(edited)

    def _insert(self, item: QListWidgetItem) -> None:
        self.editor.insertPlainText("{" + str(item.data(USER_ROLE)) + "}")
        self.editor.setFocus()

    def save(self) -> bool:
        return self._save(self.spec())

    def _save(self, spec: TemplateSpec) -> bool:
        self.form.clear_errors()
        try:
            self.services.templates.save(spec, self.editor.toPlainText())
        except ValidationError as error:
            self.form.show_error("template", error.message(self.language))
            return False
        except OSError as error:
            self.form.show_error("template", str(error))
            return False
        self.saved.setText(self.tr("Saved. New letters and messages use it."))
        self._show_state()
        return True

    def reset(self) -> bool:
        spec = self.spec()
        answer = QMessageBox.question(
            self,
            self.tr("Reset the template"),
            self.tr("Replace your “%1” with the shipped text? Your edits are lost.").replace(
                "%1", self._name(spec)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.services.templates.reset(spec)
        self._shown = None
        self._chosen()
        self.saved.setText(self.tr("Back to the shipped text."))
        return True
