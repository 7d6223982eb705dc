"""What every wizard page shares: the case, autosaving fields, messages beside fields."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop.domain.case_rules import missing_for_stage
from desktop.domain.complaint import Case
from desktop.domain.enums import Stage
from desktop.domain.errors import ValidationError
from desktop.views.widgets.choice_box import ChoiceBox, enum_choices
from desktop.views.widgets.datetime_edit import DateTimeField
from desktop.views.widgets.field_form import FieldForm
from desktop.views.widgets.status_line import set_tone
from desktop.wizards.complaint.precedents_panel import PrecedentsPanel

if TYPE_CHECKING:
    from desktop.wizards.complaint.wizard import ComplaintWizard


class CasePage(QWizardPage):
    scroll: QScrollArea  # type: ignore[assignment]  # hides QWidget.scroll(), never called on a page
    stage: Stage

    def __init__(self, wizard: ComplaintWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.services = wizard.services
        self.language = wizard.language
        self.zone = wizard.services.zone
        self.forms: list[FieldForm] = []
        self._loading = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.body = QWidget()
        self.layout_ = QVBoxLayout(self.body)
        scroll.setWidget(self.body)
        outer.addWidget(scroll, 1)
        # beside the wizard's buttons: what Next still needs, never a silent no-op
        self.missing_line = QLabel()
        self.missing_line.setObjectName("missingLine")
        self.missing_line.setWordWrap(True)
        set_tone(self.missing_line, "error")
        self.missing_line.hide()
        outer.addWidget(self.missing_line)
        # fields checked by the page that are not in a form (a table): field -> (widget, name)
        self.anchors: dict[str, tuple[QWidget, str]] = {}

    @property
    def case(self) -> Case:
        return self.owner.case

    def new_form(self, at: int | None = None) -> FieldForm:
        """A form at the end of the page, or at position `at`."""
        form = FieldForm()
        self.forms.append(form)
        if at is None:
            self.layout_.addLayout(form)
        else:
            self.layout_.insertLayout(at, form)
        return form

    def precedents_panel(self) -> PrecedentsPanel:
        """Closed cases and lessons like the complaint; opening one is the wizard's owner's job."""
        panel = PrecedentsPanel(self.services, self.language, lambda: self.case.id)
        panel.open_case.connect(self.owner.open_case)
        panel.open_lesson.connect(self.owner.open_lesson)
        return panel

    def note(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setObjectName("pageNote")
        self.layout_.addWidget(label)
        return label

    # --- autosave --------------------------------------------------------------------------
    def watch(self, field: str, widget: QWidget, save: Callable[..., object]) -> None:
        """Save `field` with `save` shortly after `widget` changes (not while loading)."""

        def changed(*_: object) -> None:
            if not self._loading:
                self.clear_error(field)
                self.missing_line.hide()
                self.owner.autosaver.mark(field, save)

        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(changed)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(changed)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(changed)
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(changed)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(changed)
        elif isinstance(widget, DateTimeField):
            widget.edit.dateTimeChanged.connect(changed)
            widget.enabled.toggled.connect(changed)
        else:
            raise TypeError(type(widget))

    def initializePage(self) -> None:
        self.missing_line.hide()
        self._loading = True
        try:
            self.load(self.case)
        finally:
            self._loading = False

    def load(self, case: Case) -> None:
        """Show the case's values in the widgets."""

    def refresh(self) -> None:
        """The case changed elsewhere (a part was added): show it again."""
        self.initializePage()

    # --- checks ----------------------------------------------------------------------------
    def show_error(self, field: str, error: ValidationError | str) -> bool:
        message = error if isinstance(error, str) else error.message(self.language)
        for form in self.forms:
            if field in form.errors:
                form.show_error(field, message)
                return True
        return False

    def clear_error(self, field: str) -> None:
        for form in self.forms:
            if field in form.errors:
                form.clear_error(field)

    def problems(self) -> list[ValidationError]:
        return missing_for_stage(self.case, self.stage)

    def field_widget(self, field: str) -> QWidget | None:
        for form in self.forms:
            if field in form.widgets:
                return form.widgets[field]
        anchor = self.anchors.get(field)
        return anchor[0] if anchor else None

    def field_name(self, field: str) -> str:
        anchor = self.anchors.get(field)
        if anchor:
            return anchor[1]
        widget = self.field_widget(field)
        return widget.accessibleName() if widget is not None else field

    def validatePage(self) -> bool:
        self.owner.save_now()
        if self.owner.jumping:
            return True
        refused = [  # typed here, and not saved: going on would leave it behind
            error
            for field, error in self.owner.autosaver.refused.items()
            if self.field_widget(field)
        ]
        problems = refused + self.problems()
        if not problems:
            self.missing_line.hide()
            return True
        shown_beside = [self.show_error(problem.field, problem) for problem in problems]
        names = list(dict.fromkeys(self.field_name(problem.field) for problem in problems))
        line = self.tr("Still needed: %1").replace("%1", self.tr(", ").join(names))
        # a problem with no field of its own to show it (a table) says itself on the line
        line += "".join(
            f" — {problem.message(self.language)}"
            for problem, beside in zip(problems, shown_beside, strict=True)
            if not beside
        )
        self.missing_line.setText(line)
        self.missing_line.show()
        self.reveal(problems[0].field)
        return False

    def reveal(self, field: str) -> None:
        """Scroll the field (with the message beside it) into view and put the cursor in it."""
        widget = self.field_widget(field)
        if widget is None:
            return
        cell = widget.parentWidget() if widget.parentWidget() is not self.body else widget
        body_layout = self.body.layout()
        if body_layout is not None:
            body_layout.activate()
        self.scroll.ensureWidgetVisible(cell or widget, 20, 40)
        widget.setFocus()

    # --- small helpers for pages -------------------------------------------------------------
    def combo(self, members: list[Any], empty: str = "") -> ChoiceBox:
        return enum_choices(members, self.language, empty=empty)

    @staticmethod
    def set_combo(box: ChoiceBox, value: object) -> None:
        box.set_value(value)

    @staticmethod
    def text_box(height: int = 90) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setTabChangesFocus(True)
        box.setMinimumHeight(height)
        box.setMaximumHeight(height * 2)
        return box
