"""The journal's thought records and self-reviews: a list, newest first, the chosen one read in
full below it, and Edit… and Delete… (to the Trash) for it."""

from __future__ import annotations

from html import escape
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.anonymise import shorten
from desktop.domain.catalog import join_words, label
from desktop.domain.dates import local_text
from desktop.domain.enums import Language
from desktop.domain.errors import NotFoundError
from desktop.domain.journal import SelfReview, ThoughtRecord
from desktop.services import Services
from desktop.views.roles import USER_ROLE

SHOWN_CHARACTERS = 80  # of the first words, in the list
Item = TypeVar("Item", ThoughtRecord, SelfReview)


def _table(rows: list[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><td><b>{escape(name)}</b></td><td>{escape(value)}</td></tr>"
        for name, value in rows
        if value
    )
    return f"<table cellspacing='4'>{cells}</table>"


class _JournalItems(QWidget, Generic[Item]):
    changed = Signal()  # edited or moved to the Trash

    def __init__(self, services: Services, language: Language, nothing_yet: str) -> None:
        super().__init__()
        self.services = services
        self.language = language
        self.items: list[Item] = []
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._show_chosen)
        self.list.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.detail = QTextBrowser()
        self.nothing = QLabel(nothing_yet)
        self.nothing.setWordWrap(True)
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignTop)
        # a shared base: its words are looked up under one context, whatever the subclass
        self.edit_button = QPushButton(QCoreApplication.translate("JournalItems", "Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(QCoreApplication.translate("JournalItems", "Delete…"))
        self.delete_button.setToolTip(
            QCoreApplication.translate("JournalItems", "Moves it to the Trash (kept 30 days)")
        )
        self.delete_button.clicked.connect(self.delete_selected)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(self.detail)
        splitter.setSizes([160, 320])
        self.splitter = splitter
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.nothing)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

    # what each kind says --------------------------------------------------------------------
    def _load(self) -> list[Item]:
        raise NotImplementedError

    def _first_words(self, item: Item) -> str:
        raise NotImplementedError

    def _html(self, item: Item) -> str:
        raise NotImplementedError

    def _edit(self, item: Item) -> bool:
        raise NotImplementedError

    def _delete(self, item: Item) -> None:
        raise NotImplementedError

    def _question(self) -> str:
        raise NotImplementedError

    # ---------------------------------------------------------------------------------------
    def refresh(self) -> None:
        chosen = self.selected()
        self.items = self._load()
        self.list.blockSignals(True)
        self.list.clear()
        for item in self.items:
            when = local_text(item.created_at, self.services.zone)
            words = shorten(" ".join(self._first_words(item).split()), SHOWN_CHARACTERS)
            line = QListWidgetItem(f"{when}  {words}" if words else when)
            line.setData(USER_ROLE, item.id)
            self.list.addItem(line)
        self.list.blockSignals(False)
        ids = [item.id for item in self.items]
        row = ids.index(chosen.id) if chosen is not None and chosen.id in ids else 0
        self.list.setCurrentRow(row if self.items else -1)
        self._show_chosen()
        self.nothing.setVisible(not self.items)
        self.splitter.setVisible(bool(self.items))

    def selected(self) -> Item | None:
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _show_chosen(self) -> None:
        item = self.selected()
        self.detail.setHtml(self._html(item) if item is not None else "")
        self.edit_button.setEnabled(item is not None)
        self.delete_button.setEnabled(item is not None)

    def edit_selected(self) -> None:
        item = self.selected()
        if item is not None and self._edit(item):
            self.refresh()
            self.changed.emit()

    def delete_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        title = QCoreApplication.translate("JournalItems", "Move to the Trash")
        answer = QMessageBox.question(self, title, self._question())
        if answer == QMessageBox.StandardButton.Yes:
            self._delete(item)
            self.refresh()
            self.changed.emit()


class ThoughtRecordsTab(_JournalItems[ThoughtRecord]):
    def __init__(self, services: Services, language: Language) -> None:
        super().__init__(
            services,
            language,
            self.tr(
                "No thought records yet. When a thought keeps coming back, a thought record "
                "helps to look at it calmly."
            ),
        )

    def _load(self) -> list[ThoughtRecord]:
        return self.services.journal.records()

    def _first_words(self, item: ThoughtRecord) -> str:
        return item.situation

    def _html(self, item: ThoughtRecord) -> str:
        language = self.language
        traps = join_words((label(t, language) for t in item.thinking_traps), language)
        changes = "; ".join(f"{label(e, language)} {b} → {a}" for e, b, a in item.changes())
        when = local_text(item.created_at, self.services.zone)
        record = _table(
            [
                (self.tr("Situation"), item.situation),
                (self.tr("Automatic thoughts"), item.automatic_thoughts),
                (self.tr("Thinking traps"), traps),
                (self.tr("Evidence for"), item.evidence_for),
                (self.tr("Evidence against"), item.evidence_against),
                (self.tr("Balanced thought"), item.balanced_thought),
                (self.tr("Change"), changes),
            ]
        )
        return f"<h3>{escape(when)}</h3>{record}<hr>{self._traps_html()}"

    def _traps_html(self) -> str:
        """How often each thinking trap came up: the pattern is easier to see than any one."""
        from desktop.domain.mood import trap_counts

        counts = trap_counts(self.items, self.services.clock())
        if not counts:
            return ""
        head = "".join(
            f"<th>{escape(text)}</th>"
            for text in (
                self.tr("Thinking trap"),
                self.tr("Last 30 days"),
                self.tr("Last 90 days"),
                self.tr("All"),
            )
        )
        rows = "".join(
            f"<tr><td>{escape(label(trap, self.language))}</td>"
            + "".join(f"<td align='center'>{n}</td>" for n in numbers)
            + "</tr>"
            for trap, numbers in counts
        )
        title = escape(self.tr("How often each thinking trap came up"))
        return f"<h3>{title}</h3><table cellpadding='4'><tr>{head}</tr>{rows}</table>"

    def _edit(self, item: ThoughtRecord) -> bool:
        from desktop.wizards.thought_record import ThoughtRecordWizard

        wizard = ThoughtRecordWizard(self.services, self.language, item.case_id, self, item)
        return bool(wizard.exec())

    def _delete(self, item: ThoughtRecord) -> None:
        self.services.trash.delete_thought_record(item.id)

    def _question(self) -> str:
        return self.tr(
            "Move this thought record to the Trash? It is kept there for 30 days; Ctrl+Z "
            "brings it back at once."
        )


class SelfReviewsTab(_JournalItems[SelfReview]):
    def __init__(self, services: Services, language: Language) -> None:
        super().__init__(
            services,
            language,
            self.tr(
                "No self-reviews yet. One is offered when you close a case, and any closed case "
                "can have one (its menu in the Cases list, or its case file): it stays here, "
                "never in anything you share."
            ),
        )

    def _load(self) -> list[SelfReview]:
        return self.services.journal.reviews()

    def _case_name(self, item: SelfReview) -> str:
        if item.case_id is None:
            return ""
        try:
            case = self.services.cases.get(item.case_id)
        except NotFoundError:
            return ""
        return f"{case.number} · {case.title}"

    def _first_words(self, item: SelfReview) -> str:
        return self._case_name(item) or item.went_well or item.went_wrong

    def _html(self, item: SelfReview) -> str:
        when = local_text(item.created_at, self.services.zone)
        case = self._case_name(item)
        heading = f"<h3>{escape(when)}</h3>" + (f"<p>{escape(case)}</p>" if case else "")
        return heading + _table(
            [
                (self.tr("What went well"), item.went_well),
                (self.tr("What went wrong"), item.went_wrong),
                (self.tr("Where I was lucky"), item.lucky),
                (self.tr("What I will do differently"), item.differently),
            ]
        )

    def _edit(self, item: SelfReview) -> bool:
        from desktop.views.self_review import SelfReviewDialog

        return bool(SelfReviewDialog(self.services, self.language, item.case_id, self, item).exec())

    def _delete(self, item: SelfReview) -> None:
        self.services.trash.delete_self_review(item.id)

    def _question(self) -> str:
        return self.tr(
            "Move this self-review to the Trash? It is kept there for 30 days; Ctrl+Z brings "
            "it back at once."
        )
