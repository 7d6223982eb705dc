"""The case library (案例库): lessons from closed cases, and prevention checklists."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.domain.enums import Language
from desktop.services import Services
from desktop.views.library.checklists_tab import ChecklistsTab
from desktop.views.library.lessons_tab import LessonsTab


class LibraryView(QWidget):
    def __init__(
        self, services: Services, language: Language, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.lessons = LessonsTab(services, language)
        self.checklists = ChecklistsTab(services, language)
        self.lessons.checklists_changed.connect(self.checklists.refresh)
        self.empty = self.lessons.empty  # what an empty library says
        self.tabs = QTabWidget()
        self.tabs.addTab(self.lessons, self.tr("Lessons"))
        self.tabs.addTab(self.checklists, self.tr("Prevention checklists"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def showEvent(self, event: QShowEvent) -> None:
        # cases are added to the library from the wizard: the lists are read afresh when shown
        if not event.spontaneous():
            self.refresh()
        super().showEvent(event)

    def show_lesson(self, lesson_id: int) -> None:
        """The lesson selected and shown, whatever the search held."""
        self.tabs.setCurrentWidget(self.lessons)
        self.lessons.search.clear()
        self.lessons.refresh()
        self.lessons.select(lesson_id)

    def refresh(self) -> None:
        self.lessons.refresh()
        self.checklists.refresh()
