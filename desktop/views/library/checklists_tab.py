"""Prevention checklists: the shipped templates and the user's own; copies in use for a case or
a project, ticked off item by item."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.checklists import BUILTIN, Checklist
from desktop.domain.enums import Language
from desktop.domain.errors import TurnaroundError, ValidationError, user_message
from desktop.services import Services
from desktop.views import style
from desktop.views.roles import USER_ROLE


class ChecklistsTab(QWidget):
    def __init__(
        self, services: Services, language: Language, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.language = language
        self.current: Checklist | None = None
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Checklist"), self.tr("Done")])
        self.tree.setAccessibleName(self.tr("Checklists"))
        self.tree.setColumnWidth(0, 300)
        self.tree.currentItemChanged.connect(lambda *_: self.show_current())
        self.title = QLabel()
        style.set_type(self.title, "heading")
        self.target = QLabel()
        self.target.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("%v of %m done"))
        self.items = QListWidget()
        self.items.setAccessibleName(self.tr("Items"))
        self.items.setSpacing(3)
        self.items.itemChanged.connect(self._item_changed)
        self.buttons: dict[str, QPushButton] = {}
        rows = (
            ("case", self.tr("Use for a case…"), self.use_for_case),
            ("project", self.tr("Use for a project…"), self.use_for_project),
            ("own", self.tr("Make my own copy…"), self.make_own),
            ("new", self.tr("New template…"), self.new_template),
            ("add", self.tr("Add item…"), self.add_item),
            ("remove", self.tr("Remove item"), self.remove_item),
            ("rename", self.tr("Rename…"), self.rename),
            ("delete", self.tr("Delete…"), self.delete),
        )
        grid = QGridLayout()
        for index, (key, text, slot) in enumerate(rows):
            button = QPushButton(text)
            button.clicked.connect(slot)
            self.buttons[key] = button
            grid.addWidget(button, index // 4, index % 4)
        right = QWidget()
        column = QVBoxLayout(right)
        column.addWidget(self.title)
        column.addWidget(self.target)
        column.addWidget(self.progress)
        column.addWidget(self.items, 1)
        column.addLayout(grid)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setSizes([380, 620])
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)
        self.refresh()

    # --- the tree ----------------------------------------------------------------------------
    def refresh(self, keep: str | None = None) -> None:
        keep = keep or self._current_key()
        checklists = self.services.checklists
        self.tree.clear()
        templates = QTreeWidgetItem([self.tr("Templates")])
        in_use = QTreeWidgetItem([self.tr("In use")])
        self.tree.addTopLevelItems([templates, in_use])
        for checklist in checklists.templates(self.language):
            suffix = self.tr(" (shipped)") if checklist.source == BUILTIN else ""
            self._add(templates, checklist, checklist.name + suffix, "")
        for checklist in checklists.copies():
            done, total = checklist.progress
            self._add(
                in_use,
                checklist,
                f"{checklist.name} · {self._target(checklist)}",
                f"{done}/{total}",
            )
        first_in_use = in_use.child(0)
        if not in_use.childCount():
            hint = QTreeWidgetItem([self.tr("Nothing yet: choose a template and use it")])
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
            in_use.addChild(hint)
        self.tree.expandAll()
        found = self._find(keep) if keep else None
        # what the user is working through comes first; else the first template
        current = found or first_in_use or templates.child(0)
        if current is not None:
            self.tree.setCurrentItem(current)

    def _add(self, parent: QTreeWidgetItem, checklist: Checklist, name: str, done: str) -> None:
        item = QTreeWidgetItem([name, done])
        item.setData(
            0, USER_ROLE, checklist.uuid if checklist.source == BUILTIN else str(checklist.id)
        )
        item.setToolTip(0, name)
        parent.addChild(item)

    def _find(self, key: str) -> QTreeWidgetItem | None:
        for top in range(self.tree.topLevelItemCount()):
            parent = self.tree.topLevelItem(top)
            for index in range(parent.childCount() if parent else 0):
                child = parent.child(index) if parent else None
                if child is not None and child.data(0, USER_ROLE) == key:
                    return child
        return None

    def _current_key(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, USER_ROLE) if item else None

    def _target(self, checklist: Checklist) -> str:
        if checklist.case_id is not None:
            return self._case_number(checklist.case_id)
        return checklist.project_note

    def select(self, key: str) -> None:
        self.refresh(key)

    # --- the checklist -----------------------------------------------------------------------
    def show_current(self) -> None:
        key = self._current_key()
        checklists = self.services.checklists
        if not key:
            self.current = None
        elif key.startswith(BUILTIN):
            self.current = checklists.find_template(key, self.language)
        else:
            try:
                self.current = checklists.get(int(key))
            except TurnaroundError:
                self.current = None
        current = self.current
        self.items.blockSignals(True)
        self.items.clear()
        if current is None:
            self.title.setText(self.tr("Prevention checklists"))
            self.target.setText(
                self.tr(
                    "Shipped templates cover pre-implementation research (needs, business "
                    "scenario, IT environment) and delivery standards (milestones, acceptance, "
                    "risk plan). Use one for a case or a project and tick it off."
                )
            )
        else:
            self.title.setText(current.name)
            self.target.setText(self._describe(current))
            for entry in current.items:
                text = entry.text
                if entry.case_id is not None:
                    number = self._case_number(entry.case_id)
                    text += "  ← " + self.tr("lesson from %1").replace("%1", number)
                item = QListWidgetItem(text)
                item.setData(USER_ROLE, entry.id)
                item.setToolTip(text)
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if not current.is_template:
                    flags |= Qt.ItemFlag.ItemIsUserCheckable
                    item.setCheckState(
                        Qt.CheckState.Checked if entry.done else Qt.CheckState.Unchecked
                    )
                elif current.source != BUILTIN and entry.case_id is None:
                    flags |= Qt.ItemFlag.ItemIsEditable
                item.setFlags(flags)
                self.items.addItem(item)
        self.items.blockSignals(False)
        done, total = current.progress if current else (0, 0)
        self.progress.setVisible(current is not None and not current.is_template)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self._enable()

    def _case_number(self, case_id: int) -> str:
        try:
            return self.services.cases.get(case_id).number
        except TurnaroundError:
            return "?"

    def _describe(self, checklist: Checklist) -> str:
        if checklist.source == BUILTIN:
            return self.tr(
                "A shipped template. Use it for a case or a project to tick it off, or make "
                "your own copy to change it."
            )
        if checklist.is_template:
            return self.tr("Your template. Double-click an item to change it.")
        if checklist.case_id is not None:
            return self.tr("In use for case %1.").replace("%1", self._target(checklist))
        return self.tr("In use for the project: %1").replace("%1", checklist.project_note)

    def _enable(self) -> None:
        current = self.current
        template = current is not None and current.is_template
        own = current is not None and current.source != BUILTIN
        self.buttons["case"].setEnabled(template)
        self.buttons["project"].setEnabled(template)
        self.buttons["own"].setEnabled(current is not None)
        self.buttons["add"].setEnabled(own)
        self.buttons["remove"].setEnabled(own and self.items.count() > 0)
        self.buttons["rename"].setEnabled(own)
        self.buttons["delete"].setEnabled(own)

    def _item_changed(self, item: QListWidgetItem) -> None:
        if self.current is None:
            return
        item_id = int(item.data(USER_ROLE))
        try:
            if self.current.is_template:
                self.services.checklists.set_item_text(item_id, item.text())
            else:
                done = item.checkState() == Qt.CheckState.Checked
                self.services.checklists.tick(item_id, done)
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("Checklist"), error.message(self.language))
            self.show_current()  # back to what is saved
            return
        self.current = self.services.checklists.get(self.current.id)
        ticked, total = self.current.progress
        self.progress.setValue(ticked)
        tree_item = self.tree.currentItem()
        if tree_item is not None and not self.current.is_template:
            tree_item.setText(1, f"{ticked}/{total}")

    # --- actions -----------------------------------------------------------------------------
    def _ask(self, title: str, prompt: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getText(self, title, prompt, text=text)
        return value if ok else None

    def _try(self, title: str, work: Callable[[], Checklist]) -> Checklist | None:
        try:
            return work()
        except ValidationError as error:
            QMessageBox.warning(self, title, error.message(self.language))
        except TurnaroundError as error:
            QMessageBox.warning(self, title, user_message(error, self.language))
        return None

    def _ask_then(
        self, title: str, prompt: str, work: Callable[[str], Checklist], text: str = ""
    ) -> None:
        """Ask for one line, do the work with it, show the checklist it made or changed."""
        value = self._ask(title, prompt, text)
        if value is None:
            return
        result = self._try(title, lambda: work(value))
        if isinstance(result, Checklist):
            self.select(str(result.id))

    def use_for_case(self) -> None:
        template = self.current
        if template is None:
            return

        def copy(number: str) -> Checklist:
            case = self.services.cases.find(number.strip().upper())
            return self.services.checklists.copy_to(template, case_id=case.id)

        self._ask_then(
            self.tr("Use for a case"), self.tr("Case number (for example C-2026-0001):"), copy
        )

    def use_for_project(self) -> None:
        template = self.current
        if template is not None:
            self._ask_then(
                self.tr("Use for a project"),
                self.tr("Which project (customer and project name)?"),
                lambda note: self.services.checklists.copy_to(template, project_note=note),
            )

    def make_own(self) -> None:
        source = self.current
        if source is not None:
            self._ask_then(
                self.tr("Make my own copy"),
                self.tr("Name of your template:"),
                lambda name: self.services.checklists.new_template(name, source),
                source.name,
            )

    def new_template(self) -> None:
        self._ask_then(
            self.tr("New template"),
            self.tr("Name of your template:"),
            self.services.checklists.new_template,
        )

    def add_item(self) -> None:
        if self.current is not None:
            checklist_id = self.current.id
            self._ask_then(
                self.tr("Add item"),
                self.tr("What to check:"),
                lambda text: self.services.checklists.add_item(checklist_id, text),
            )

    def remove_item(self) -> None:
        item = self.items.currentItem()
        if item is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove item"),
            self.tr("Remove “%1” from the checklist?").replace("%1", item.text()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.services.checklists.delete_item(int(item.data(USER_ROLE)))
        self.refresh()

    def rename(self) -> None:
        if self.current is not None:
            checklist_id = self.current.id
            self._ask_then(
                self.tr("Rename"),
                self.tr("New name:"),
                lambda name: self.services.checklists.rename(checklist_id, name),
                self.current.name,
            )

    def delete(self) -> None:
        if self.current is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete the checklist"),
            self.tr(
                "Move “%1” and its ticks to the Trash? It is kept there for 30 days; Ctrl+Z "
                "brings it back at once."
            ).replace("%1", self.current.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.services.trash.delete_checklist(self.current.id)
            self.refresh("")
