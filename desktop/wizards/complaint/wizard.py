"""The complaint wizard: eight pages, a stage list to jump between them, autosave throughout."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QByteArray, QSize, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from desktop.domain.catalog import label
from desktop.domain.complaint import Case, CustomerItem
from desktop.domain.dates import local_text
from desktop.domain.enums import Language, Stage
from desktop.domain.errors import ValidationError
from desktop.services import Services
from desktop.views import style
from desktop.views.icons import icon
from desktop.views.style import resize_to_fit
from desktop.views.widgets.status_line import set_tone
from desktop.wizards.complaint.autosave import Autosaver
from desktop.wizards.complaint.base_page import CasePage

GEOMETRY_KEY = "wizard.geometry"


class ComplaintWizard(QWizard):
    case_changed = Signal(int)  # the case id, after anything was saved
    open_case = Signal(int)  # a precedent to show: a closed case's file
    open_lesson = Signal(int)  # or a lesson in the library

    def __init__(
        self,
        services: Services,
        case_id: int,
        language: Language,
        start: Stage | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from desktop.wizards.complaint import pages

        self.services = services
        self.language = language
        self.case: Case = services.cases.get(case_id)
        self.jumping = False
        self.autosaver = Autosaver(self)
        self.autosaver.invalid.connect(self._show_invalid)
        self.autosaver.saved.connect(self._after_save)
        self.autosaver.failed.connect(self._save_failed)
        self.setWindowTitle(self.tr("Complaint %1").replace("%1", self.case.number))
        self.restyle()
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, False)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Save and close"))
        # the last page's own button closes the case: its wizard has one way out, not two
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Save and close"))
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.pages: dict[Stage, CasePage] = {}
        for page_class in pages.ALL:
            page = page_class(self)
            self.pages[page.stage] = page
            self.setPage(page.stage.value, page)
            page.setTitle(f"{page.stage.value}. {label(page.stage, language)}")

        self.stage_list = QListWidget()
        self.stage_list.setObjectName("stageList")
        self.stage_list.setAccessibleName(self.tr("Stages"))
        row_height = self.stage_list.fontMetrics().height() + style.space(3)
        for stage in Stage:
            self.stage_list.addItem(f"{stage.value}. {label(stage, language)}")
            self.stage_list.item(stage.value - 1).setSizeHint(QSize(0, row_height))
        self.stage_list.setFixedWidth(170)
        self.stage_list.itemClicked.connect(
            lambda item: self.jump_to(Stage(self.stage_list.row(item) + 1))
        )
        self.save_state = QLabel()
        self.save_state.setWordWrap(True)
        self.save_state.setObjectName("saveState")
        # kept as an attribute: PySide does not hand the side widget's ownership to the wizard,
        # so a local would be deleted when this method returns
        self.side = side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        number = QLabel(self.case.number)
        style.set_type(number, "title")
        side_layout.addWidget(number)
        side_layout.addWidget(self.stage_list, 1)
        self.waiting = QCheckBox(self.tr("Waiting on the customer"))
        self.waiting.setToolTip(
            self.tr(
                "Pauses every deadline of this case until you untick it; "
                "the deadlines move by the time spent waiting."
            )
        )
        self.waiting.setChecked(self.case.is_paused)
        self.waiting.setEnabled(not self.case.is_closed)
        self.waiting.toggled.connect(self.set_waiting)
        side_layout.addWidget(self.waiting)
        self.awaited = QLabel()
        self.awaited.setObjectName("awaited")
        self.awaited.setWordWrap(True)
        side_layout.addWidget(self.awaited)
        self._show_awaited()
        # the letter is wanted at any stage, not only on the repair page
        self.letter_button = QPushButton(icon("mail"), self.tr("Apology letter… (Ctrl+L)"))
        self.letter_button.setObjectName("wizardLetterButton")
        self.letter_button.clicked.connect(self.open_letter)
        QShortcut(QKeySequence("Ctrl+L"), self, self.open_letter)
        side_layout.addWidget(self.letter_button)
        side_layout.addWidget(self.save_state)
        self.setSideWidget(side)
        self.currentIdChanged.connect(self._page_changed)
        self._restore_geometry()
        self.setStartId(Stage.INTAKE.value)
        start = start or self.case.last_page
        if start is not Stage.INTAKE:
            self.jump_to(start)
        else:
            self._page_changed(Stage.INTAKE.value)

    # --- moving between pages ----------------------------------------------------------------

    def help_topic(self) -> str:
        """What F1 explains: the stage in front."""
        return f"stage.{max(1, self.currentId())}"

    def restyle(self) -> None:
        """The stage list drawn like the main window's navigation, in the theme in use."""
        self.setStyleSheet(style.window_style())

    def jump_to(self, stage: Stage) -> None:
        """Show `stage` with the pages before it in the history (so Back works), unchecked."""
        self.save_now()
        if self.currentId() == stage.value:
            return
        self.jumping = True
        try:
            self.restart()
            while self.currentId() < stage.value:
                self.next()
        finally:
            self.jumping = False

    def _page_changed(self, page_id: int) -> None:
        if page_id < 0:
            return
        self.save_now()
        stage = Stage(page_id)
        self.stage_list.setCurrentRow(page_id - 1)
        with contextlib.suppress(Exception):  # remembering the page must never block the user
            self.services.cases.visit_page(self.case.id, stage)

    def set_waiting(self, waiting: bool) -> None:
        """Ticked: ask what the customer is to send (the clock pauses with it); unticked:
        everything awaited has come, and the clock runs again."""
        self.save_now()
        if waiting:
            from desktop.wizards.complaint.waiting_dialog import WaitingDialog

            if not WaitingDialog(self.services, self.case.id, self.language, self).exec():
                self.waiting.blockSignals(True)
                self.waiting.setChecked(False)
                self.waiting.blockSignals(False)
                return
        else:
            open_items = [item for item in self.case.customer_items if item.is_open]
            if open_items and not self._all_arrived(open_items):
                self.waiting.blockSignals(True)
                self.waiting.setChecked(True)
                self.waiting.blockSignals(False)
                return
            for item in open_items:
                self.services.cases.item_received(item.id)
            if not open_items:
                self.services.cases.resume(self.case.id)
        self.reload()
        self._show_awaited()
        self.current_page().refresh()
        self.case_changed.emit(self.case.id)

    def _all_arrived(self, items: list[CustomerItem]) -> bool:
        """Unticking says everything awaited came: asked first, naming it."""
        answer = QMessageBox.question(
            self,
            self.tr("Waiting on the customer"),
            self.tr(
                "Has everything arrived?\n%1\n\nYes marks it received and the deadlines run again."
            ).replace("%1", "\n".join(f"· {item.what}" for item in items)),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _show_awaited(self) -> None:
        """Under the box: what the customer is to send, and by when."""
        lines = []
        for item in self.case.customer_items:
            if item.is_open:
                when = (
                    f" ({local_text(item.due_at, self.services.zone)[5:10]})" if item.due_at else ""
                )
                lines.append(f"· {item.what}{when}")
        self.awaited.setText("\n".join(lines))
        self.awaited.setVisible(bool(lines))

    def open_letter(self) -> None:
        from desktop.views.letter_dialog import LetterDialog

        self.save_now()
        LetterDialog(self.services, self.case.id, self.language, self).exec()
        self.reload()
        self.current_page().refresh()

    def current_page(self) -> CasePage:
        return self.pages[Stage(self.currentId())]

    # --- saving ------------------------------------------------------------------------------
    def save_now(self) -> bool:
        ok = self.autosaver.flush()
        self.reload()
        return ok

    def reload(self) -> None:
        self.case = self.services.cases.get(self.case.id)
        if hasattr(self, "waiting"):
            self.waiting.setEnabled(not self.case.is_closed)

    def _after_save(self) -> None:
        refused = self.refused_names()
        if refused:
            set_tone(self.save_state, "error")
            self.save_state.setText(
                self.tr(
                    "Not saved: %1. The message beside it says why; the rest is saved."
                ).replace("%1", self.tr(", ").join(refused))
            )
        else:
            set_tone(self.save_state, "")
            self.save_state.setText(self.tr("All changes saved."))
        self.case_changed.emit(self.case.id)

    def refused_names(self) -> list[str]:
        """The fields whose typed value could not be saved, as their labels say."""
        names = []
        for field in self.autosaver.refused:
            page = next((p for p in self.pages.values() if p.field_widget(field)), None)
            names.append(page.field_name(field) if page else field)
        return names

    def _may_close(self) -> bool:
        """Closing drops what could not be saved: only when the user says so."""
        refused = self.refused_names()
        if not refused:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Not saved"),
            self.tr(
                "%1 could not be saved (the message beside it says why). Close anyway and lose "
                "what was typed there?"
            ).replace("%1", self.tr(", ").join(refused)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _save_failed(self, error: str) -> None:
        set_tone(self.save_state, "error")
        self.save_state.setText(
            self.tr("Could not save (%1). Your text is kept and saving will be retried.").replace(
                "%1", error
            )
        )

    def _show_invalid(self, field: str, error: ValidationError) -> None:
        for page in self.pages.values():
            if page.show_error(field, error):
                return

    # --- closing -----------------------------------------------------------------------------
    def done(self, result: int) -> None:
        self.save_now()
        if not self._may_close():
            return
        self._save_geometry()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_now()
        if not self._may_close():
            event.ignore()
            return
        self._save_geometry()
        super().closeEvent(event)

    def _restore_geometry(self) -> None:
        stored = self.services.settings.get(GEOMETRY_KEY)
        if stored:
            self.restoreGeometry(QByteArray.fromBase64(stored.encode("ascii")))
        else:
            resize_to_fit(self, 1080, 720)

    def _save_geometry(self) -> None:
        geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        with contextlib.suppress(Exception):  # the window size is not worth an error dialog
            self.services.settings.set(GEOMETRY_KEY, geometry)
