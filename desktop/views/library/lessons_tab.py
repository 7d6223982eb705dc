"""The lessons of the library: search, read, edit; digests for a team meeting; swapping lessons
with colleagues."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.anonymise import Finding
from desktop.domain.catalog import label
from desktop.domain.dates import local_date_text
from desktop.domain.enums import Language
from desktop.domain.errors import TurnaroundError, ValidationError, user_message
from desktop.domain.library import Lesson
from desktop.services import Services
from desktop.views.icons import icon
from desktop.views.library.import_dialog import ImportDialog
from desktop.views.library.lesson_dialog import LessonDialog
from desktop.views.library.lesson_html import lesson_html
from desktop.views.library.share_check import review_before_sharing
from desktop.views.save_path import FOLDER_KEY, ask_save_path
from desktop.views.widgets.empty_state import EmptyState

SHARE_SUFFIX = ".lessons.zip"


class LessonsTab(QWidget):
    checklists_changed = Signal()

    def __init__(
        self, services: Services, language: Language, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.language = language
        self.lessons: list[Lesson] = []
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search lessons (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search lessons"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=200)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._search_timer.start)
        new = QPushButton(icon("plus"), self.tr("New lesson"))
        new.setShortcut(QKeySequence("Ctrl+Shift+N"))
        new.clicked.connect(self.new_lesson)
        import_button = QPushButton(icon("import"), self.tr("Import a colleague's lessons…"))
        import_button.clicked.connect(self.import_share)
        self.export_button = QPushButton(icon("file-output"), self.tr("Export"))
        menu = QMenu(self.export_button)
        menu.addAction(self.tr("Digest as PDF…"), self.export_pdf)
        menu.addAction(self.tr("Digest as Markdown…"), self.export_markdown)
        menu.addSeparator()
        menu.addAction(self.tr("Lessons file for colleagues…"), self.export_share)
        self.export_button.setMenu(menu)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(new)
        bar.addWidget(import_button)
        bar.addWidget(self.export_button)

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Lesson"), self.tr("Type"), self.tr("From"), self.tr("Updated")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Lessons"))
        self.table.itemSelectionChanged.connect(self.show_selected)
        self.table.doubleClicked.connect(lambda _index: self.edit_lesson())
        self.reader = QTextBrowser()
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_lesson)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)
        self.to_checklist = QPushButton(icon("list-checks"), self.tr("Add to a checklist…"))
        self.to_checklist.clicked.connect(self.add_to_checklist)
        actions = QHBoxLayout()
        for button in (self.edit_button, self.to_checklist, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        reading = QWidget()
        reading_column = QVBoxLayout(reading)
        reading_column.setContentsMargins(0, 0, 0, 0)
        reading_column.addWidget(self.reader, 1)
        reading_column.addLayout(actions)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(reading)
        splitter.setSizes([520, 480])
        self.count = QLabel()

        self.empty = EmptyState(
            self.tr("The case library is empty"),
            self.tr(
                "When you close a case, add it to the library: its problem, root cause, fix "
                "and prevention become a lesson you and your team can search, with customer "
                "names removed. You can also write a lesson by hand or import a colleague's."
            ),
            self.tr("Write a lesson"),
        )
        self.empty.button.clicked.connect(self.new_lesson)
        # shown or hidden, not stacked: a stack would not give the wrapped guidance its height
        self.filled = QWidget()
        filled_layout = QVBoxLayout(self.filled)
        filled_layout.setContentsMargins(0, 0, 0, 0)
        filled_layout.addWidget(splitter, 1)
        filled_layout.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.filled, 1)
        self.refresh()

    # --- the list ----------------------------------------------------------------------------
    def refresh(self) -> None:
        selected = set(self.selected_ids())
        self.lessons = self.services.library.lessons(self.search.text())
        total = self.services.library.count()
        self.empty.setVisible(total == 0)
        self.filled.setVisible(total > 0)
        self.table.setRowCount(len(self.lessons))
        zone = self.services.zone
        for row, lesson in enumerate(self.lessons):
            kind = label(lesson.complaint_type, self.language) if lesson.complaint_type else ""
            cells = [lesson.title, kind, lesson.origin, local_date_text(lesson.updated_at, zone)]
            for column, value in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.clearSelection()
        for row, lesson in enumerate(self.lessons):
            if lesson.id in selected:
                self.table.selectRow(row)
        if self.search.text().strip():
            self.count.setText(
                self.tr("%1 of %2 lessons match.")
                .replace("%1", str(len(self.lessons)))
                .replace("%2", str(total))
            )
        else:
            self.count.setText(self.tr("%1 lessons.").replace("%1", str(total)))
        self.show_selected()

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.lessons[row].id for row in rows if row < len(self.lessons)]

    def chosen_ids(self) -> list[int]:
        """What an export covers: the selected lessons, or every lesson listed."""
        return self.selected_ids() or [lesson.id for lesson in self.lessons]

    def show_selected(self) -> None:
        ids = self.selected_ids()
        for button in (self.edit_button, self.to_checklist):
            button.setEnabled(len(ids) == 1)
        self.delete_button.setEnabled(bool(ids))
        if len(ids) == 1:
            lesson = next(lesson for lesson in self.lessons if lesson.id == ids[0])
            number = ""
            if lesson.case_id is not None:
                try:
                    number = self.services.cases.get(lesson.case_id).number
                except TurnaroundError:
                    number = ""
            self.reader.setHtml(lesson_html(lesson, self.language, number))
        elif ids:
            self.reader.setHtml(
                self.tr("<p>%1 lessons selected. Export makes a digest of them.</p>").replace(
                    "%1", str(len(ids))
                )
            )
        else:
            self.reader.setHtml(
                self.tr(
                    "<p>Choose a lesson to read it. Select several (Ctrl or Shift and click) "
                    "to export them as a digest for a team meeting.</p>"
                )
            )

    # --- editing -----------------------------------------------------------------------------
    def new_lesson(self) -> None:
        dialog = LessonDialog(self.services, self.language, None, self)
        if dialog.exec() and dialog.saved:
            self.search.clear()
            self.refresh()
            self.select(dialog.saved.id)

    def edit_lesson(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        dialog = LessonDialog(self.services, self.language, self.services.library.get(ids[0]), self)
        if dialog.exec():
            self.refresh()

    def select(self, lesson_id: int) -> None:
        for row, lesson in enumerate(self.lessons):
            if lesson.id == lesson_id:
                self.table.selectRow(row)

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete lessons"),
            self.tr(
                "Move %1 lesson(s) to the Trash? Their cases are kept; checklist items made "
                "from them stay, without the link until they are restored. The Trash keeps "
                "them 30 days; Ctrl+Z brings them back at once."
            ).replace("%1", str(len(ids))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.services.trash.delete_lessons(ids)
            self.refresh()

    def add_to_checklist(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        lists = [c for c in self.services.checklists.templates(self.language) if c.id] + list(
            self.services.checklists.copies()
        )
        new_name = self.tr("A new checklist: My prevention checklist")
        names = [c.name + (f" · {c.project_note}" if c.project_note else "") for c in lists]
        chosen, ok = QInputDialog.getItem(
            self,
            self.tr("Add to a checklist"),
            self.tr("The lesson becomes an item of:"),
            [*names, new_name],
            0,
            False,
        )
        if not ok:
            return
        checklists = self.services.checklists
        try:
            if chosen == new_name:
                target = checklists.new_template(self.tr("My prevention checklist"))
            else:
                target = lists[names.index(chosen)]
            checklists.add_lesson(target.id, ids[0])
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("Add to a checklist"), error.message(self.language))
            return
        self.checklists_changed.emit()
        self.tell(self.tr("Added to “%1”.").replace("%1", target.name))

    def tell(self, message: str) -> None:
        """A short note in the main window's status bar (when there is one)."""
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 8000)

    # --- exports -----------------------------------------------------------------------------
    def _suggested(self, word_zh: str, word_en: str, suffix: str) -> str:
        word = word_zh if self.language is Language.ZH else word_en
        day = self.services.clock().astimezone(self.services.zone).date().isoformat()
        return f"{word}-{day}{suffix}"

    def _export(
        self,
        title: str,
        name: str,
        file_filter: str,
        write: Callable[[Path, list[Finding]], object],
    ) -> None:
        """Check what may still name a customer, ask where, then write the file."""
        if not self.lessons:
            QMessageBox.information(self, title, self.tr("There are no lessons to export."))
            return
        replace = review_before_sharing(self, self.services, self.language, self.chosen_ids())
        if replace is None:
            return
        path = ask_save_path(self, self.services, title, name, file_filter)
        if path is None:
            return
        try:
            write(path, replace)
        except (OSError, TurnaroundError) as error:
            QMessageBox.warning(
                self,
                title,
                self.tr("The file could not be written: %1").replace(
                    "%1", user_message(error, self.language)
                ),
            )
            return
        self.tell(self.tr("Saved %1.").replace("%1", str(path)))

    def export_pdf(self) -> None:
        ids = self.chosen_ids()
        self._export(
            self.tr("Export the digest as PDF"),
            self._suggested("案例库摘要", "Lessons-digest", ".pdf"),
            self.tr("PDF documents (*.pdf)"),
            lambda path, replace: self.services.library.export_digest(
                ids, self.language, path, replace
            ),
        )

    def export_markdown(self) -> None:
        ids = self.chosen_ids()
        self._export(
            self.tr("Export the digest as Markdown"),
            self._suggested("案例库摘要", "Lessons-digest", ".md"),
            self.tr("Markdown (*.md)"),
            lambda path, replace: self.services.library.export_markdown(
                ids, self.language, path, replace
            ),
        )

    def export_share(self) -> None:
        ids = self.chosen_ids()
        self._export(
            self.tr("Share lessons with colleagues"),
            self._suggested("案例库", "Lessons", SHARE_SUFFIX),
            self.tr("Lessons files (*.zip)"),
            lambda path, replace: self.services.library.export_share(
                ids, path, replace, self.language
            ),
        )

    def import_share(self) -> None:
        folder = self.services.settings.get(FOLDER_KEY) or str(Path.home())
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a colleague's lessons"),
            folder,
            self.tr("Lessons files (*.zip);;All files (*)"),
        )
        if chosen:
            self.import_file(Path(chosen))

    def import_file(self, path: Path) -> None:
        title = self.tr("Import a colleague's lessons")
        try:
            preview = self.services.library.preview_share(path)
        except ValidationError as error:
            QMessageBox.warning(
                self,
                title,
                self.tr("%1 was not imported: %2 Nothing was changed.")
                .replace("%1", path.name)
                .replace("%2", error.message(self.language)),
            )
            return
        dialog = ImportDialog(preview, self.language, self)
        if not dialog.exec():
            return
        result = self.services.library.import_share(preview, dialog.take_theirs())
        self.refresh()
        QMessageBox.information(
            self,
            title,
            self.tr("%1 new lessons added, %2 replaced by theirs, %3 of yours kept.")
            .replace("%1", str(result.added))
            .replace("%2", str(result.replaced))
            .replace("%3", str(result.kept)),
        )
