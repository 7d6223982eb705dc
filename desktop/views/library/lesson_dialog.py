"""Writing or editing one lesson."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import ComplaintType, Language
from desktop.domain.errors import ValidationError
from desktop.domain.library import Lesson
from desktop.services import Services
from desktop.views.style import resize_to_fit
from desktop.views.widgets.choice_box import enum_choices
from desktop.views.widgets.field_form import FieldForm

TEXTS = ("problem", "root_cause", "solution", "prevention")


class LessonDialog(QDialog):
    def __init__(
        self,
        services: Services,
        language: Language,
        lesson: Lesson | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.language = language
        self.lesson = lesson
        self.saved: Lesson | None = None
        self.setWindowTitle(self.tr("Edit the lesson") if lesson else self.tr("New lesson"))
        self.form = FieldForm()
        self.title = QLineEdit(lesson.title if lesson else "")
        self.form.add("title", self.tr("Title"), self.title, required=True)
        self.kind = enum_choices(list(ComplaintType), language, self.tr("Not classified"))
        self.kind.set_value(lesson.complaint_type if lesson else None)
        self.form.add("complaint_type", self.tr("Type"), self.kind)
        self.tags = QLineEdit("，".join(lesson.tags) if lesson else "")
        self.tags.setPlaceholderText(self.tr("Separate tags with commas"))
        self.form.add("tags", self.tr("Tags"), self.tags)
        captions = {
            "problem": self.tr("Problem"),
            "root_cause": self.tr("Root cause"),
            "solution": self.tr("Solution"),
            "prevention": self.tr("Prevention"),
        }
        self.texts: dict[str, QPlainTextEdit] = {}
        for name in TEXTS:
            edit = QPlainTextEdit(getattr(lesson, name) if lesson else "")
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(70)
            self.form.add(name, captions[name], edit)
            self.texts[name] = edit
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        resize_to_fit(self, 680, 620)

    def values(self) -> dict[str, object]:
        values: dict[str, object] = {
            "title": self.title.text(),
            "complaint_type": self.kind.value(),
            "tags": self.tags.text(),
        }
        values.update({name: edit.toPlainText() for name, edit in self.texts.items()})
        return values

    def save(self) -> None:
        self.form.clear_errors()
        try:
            self.saved = self.services.library.save(
                self.lesson.id if self.lesson else 0, self.values()
            )
        except ValidationError as error:
            self.form.show_error(error.field, error.message(self.language))
            self.form.widgets.get(error.field, self.title).setFocus()
            return
        self.accept()
