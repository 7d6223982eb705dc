"""Before a colleague's lessons change anything: what is new, what is already here, and for
each lesson that differs, the two versions side by side with a choice (keep mine by default)."""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import Language
from desktop.domain.library import differing_fields
from desktop.services.library import SharePreview
from desktop.views.library.lesson_html import lesson_html
from desktop.views.style import resize_to_fit
from desktop.views.widgets.choice_box import ChoiceBox


class ImportDialog(QDialog):
    def __init__(
        self, preview: SharePreview, language: Language, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.preview = preview
        self.language = language
        plan = preview.plan
        self.setWindowTitle(self.tr("Import a colleague's lessons"))
        who = preview.author or self.tr("a colleague")
        summary = QLabel(
            self.tr("From %1, made %2: %3 new, %4 already here, %5 differ from yours.")
            .replace("%1", html.escape(who))
            .replace("%2", preview.created_at)
            .replace("%3", str(len(plan.new)))
            .replace("%4", str(len(plan.unchanged)))
            .replace("%5", str(len(plan.conflicts)))
        )
        summary.setWordWrap(True)
        self.new_list = QTableWidget(len(plan.new), 1)
        self.new_list.setHorizontalHeaderLabels([self.tr("New lessons")])
        self.new_list.horizontalHeader().setStretchLastSection(True)
        self.new_list.verticalHeader().hide()
        for row, lesson in enumerate(plan.new):
            self.new_list.setItem(row, 0, QTableWidgetItem(lesson.title))
        self.conflicts = QTableWidget(len(plan.conflicts), 3)
        self.conflicts.setHorizontalHeaderLabels(
            [self.tr("Lesson"), self.tr("Differs in"), self.tr("Keep")]
        )
        header = self.conflicts.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.conflicts.verticalHeader().hide()
        self.conflicts.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.choices: list[ChoiceBox] = []
        names = {
            "title": self.tr("title"),
            "complaint_type": self.tr("type"),
            "tags": self.tr("tags"),
            "problem": self.tr("problem"),
            "root_cause": self.tr("root cause"),
            "solution": self.tr("solution"),
            "prevention": self.tr("prevention"),
        }
        for row, conflict in enumerate(plan.conflicts):
            self.conflicts.setItem(row, 0, QTableWidgetItem(conflict.mine.title))
            fields = differing_fields(conflict.mine, conflict.theirs)
            self.conflicts.setItem(row, 1, QTableWidgetItem(", ".join(names[f] for f in fields)))
            choice = ChoiceBox()
            choice.setAccessibleName(self.tr("Keep"))
            choice.add_choice(self.tr("Keep mine"), False)
            choice.add_choice(self.tr("Take theirs"), True)
            self.conflicts.setCellWidget(row, 2, choice)
            self.choices.append(choice)
        self.mine = QTextBrowser()
        self.theirs = QTextBrowser()
        self.conflicts.currentCellChanged.connect(lambda row, *_: self.compare(row))
        sides = QHBoxLayout()
        for title, browser in ((self.tr("Mine"), self.mine), (self.tr("Theirs"), self.theirs)):
            column = QVBoxLayout()
            column.addWidget(QLabel(f"<b>{title}</b>"))
            column.addWidget(browser)
            sides.addLayout(column)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import"))
        self.import_button.setEnabled(bool(plan.new or plan.conflicts))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        if plan.new:
            layout.addWidget(self.new_list, 1)
        if plan.conflicts:
            layout.addWidget(self.conflicts, 1)
            layout.addLayout(sides, 2)
            self.conflicts.setCurrentCell(0, 0)
        if not plan.new and not plan.conflicts:
            layout.addWidget(QLabel(self.tr("Nothing to import: you have all of these lessons.")))
        layout.addWidget(buttons)
        resize_to_fit(self, 860, 640 if plan.conflicts else 420)

    def compare(self, row: int) -> None:
        if 0 <= row < len(self.preview.plan.conflicts):
            conflict = self.preview.plan.conflicts[row]
            self.mine.setHtml(lesson_html(conflict.mine, self.language))
            self.theirs.setHtml(lesson_html(conflict.theirs, self.language))

    def take_theirs(self) -> set[str]:
        """The UUIDs of the conflicts where the user chose their colleague's version."""
        return {
            conflict.theirs.uuid
            for conflict, choice in zip(self.preview.plan.conflicts, self.choices, strict=True)
            if choice.value()
        }
