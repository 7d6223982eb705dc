"""The main window's toolbar: New complaint, the selected case's letter and printed report, and
the search over every case."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QSizePolicy, QToolBar, QToolButton, QWidget

from desktop.views.icons import icon

if TYPE_CHECKING:
    from desktop.views.case_list import CaseListView
    from desktop.views.main_window import MainWindow


class MainToolbar(QToolBar):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Main"))
        self.window_ = window
        self.setObjectName("mainToolbar")
        self.setMovable(False)
        self.setIconSize(QSize(18, 18))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        window.new_action.setIcon(icon("message-square-plus", "on_accent"))
        window.new_action.setIconText(self.tr("New complaint"))  # not the menu's (&N)
        window.new_action.setToolTip(self.tr("Record a new complaint (Ctrl+N)"))
        self.addAction(window.new_action)
        new_button = self.widgetForAction(window.new_action)
        assert isinstance(new_button, QToolButton)
        new_button.setObjectName("primaryAction")
        self.letter_action = self._case_action(
            "mail",
            self.tr("Apology letter"),
            self.tr("The apology letter of the selected case"),
            self.letter,
        )
        self.print_action = self._case_action(
            "printer",
            self.tr("Print report"),
            self.tr("Print the improvement report of the selected case"),
            self.print_report,
        )
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(spacer)
        self.search = QLineEdit()
        self.search.setObjectName("globalSearch")
        self.search.addAction(icon("search", "muted"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setPlaceholderText(self.tr("Search cases (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search cases"))
        self.search.setClearButtonEnabled(True)
        self.search.setFixedWidth(280)
        self.search.returnPressed.connect(window.run_search)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(window.run_search)
        self.search.textChanged.connect(self._search_timer.start)
        self.addWidget(self.search)
        self.update_case_actions()

    def _case_action(
        self, icon_name: str, text: str, tip: str, slot: Callable[[], None]
    ) -> QAction:
        action = QAction(icon(icon_name), text, self)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def stop_search_timer(self) -> None:
        self._search_timer.stop()

    def _selected_case(self) -> int | None:
        window = self.window_
        cases = window.built_view("cases")
        if cases is None or window.current_view_name() != "cases":
            return None
        return cast("CaseListView", cases).selected_case_id()

    def view_shown(self, name: str) -> None:
        """In the Library, Ctrl+F searches its lessons: this box does not claim it there."""
        self.search.setPlaceholderText(
            self.tr("Search cases") if name == "library" else self.tr("Search cases (Ctrl+F)")
        )
        self.update_case_actions()

    def update_case_actions(self) -> None:
        """Letter and print act on the case selected in the list: enabled only when there is one."""
        chosen = self._selected_case() is not None
        tips = (
            (self.letter_action, self.tr("The apology letter of the selected case")),
            (self.print_action, self.tr("Print the improvement report of the selected case")),
        )
        for action, tip in tips:
            action.setEnabled(chosen)
            # greyed with no word of why, the first time: say what it waits for
            action.setToolTip(
                tip if chosen else self.tr("%1 (select a case first)").replace("%1", tip)
            )

    def letter(self) -> None:
        case_id = self._selected_case()
        if case_id is None:
            return
        from desktop.views.letter_dialog import LetterDialog

        window = self.window_
        LetterDialog(window.services, case_id, window.language, window).exec()
        window.refresh_cases()

    def print_report(self) -> None:
        case_id = self._selected_case()
        if case_id is None:
            return
        from desktop.views.document_export import DocumentExporter

        window = self.window_
        exporter = DocumentExporter(window.services, window.language, window)
        exporter.print("report", window.services.cases.get(case_id))
