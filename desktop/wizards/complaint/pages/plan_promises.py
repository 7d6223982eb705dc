"""The Plan page's promises to the customer: each one with its due date and where it stands,
"Kept" when it was, "Withdraw…" with the reason when it will not be kept as made."""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo

from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.complaint import Case, Commitment
from desktop.domain.dates import local_moment
from desktop.domain.enums import CommitmentKind, Language
from desktop.domain.errors import ValidationError
from desktop.views.widgets.status_line import set_tone

KeepPromise = Callable[[int], None]  # commitment id → raises ValidationError when refused
WithdrawPromise = Callable[[int, str], None]  # commitment id, reason


class PromiseRow(QWidget):
    def __init__(
        self,
        promise: Commitment,
        closed: bool,
        language: Language,
        zone: tzinfo,
        keep: KeepPromise,
        withdraw: WithdrawPromise,
    ) -> None:
        super().__init__()
        self.promise, self.language = promise, language
        self._keep, self._withdraw = keep, withdraw
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 4)
        self.what = QLabel(self.described(promise))
        self.what.setWordWrap(True)
        grid.addWidget(self.what, 0, 0)
        self.state = QLabel(self._state(promise, zone))
        self.state.setObjectName("promiseState")
        set_tone(self.state, "success" if promise.kept_at else "")
        grid.addWidget(self.state, 0, 1)
        self.kept = QPushButton(self.tr("Mark kept"))
        self.kept.setObjectName("promiseKept")
        self.kept.setToolTip(self.tr("The customer has what was promised: record it as kept now"))
        self.kept.clicked.connect(self.mark_kept)
        self.withdraw = QPushButton(self.tr("Withdraw…"))
        self.withdraw.setObjectName("promiseWithdraw")
        self.withdraw.clicked.connect(self.ask_withdraw)
        open_now = promise.kept_at is None and promise.cancelled_at is None
        for column, button in enumerate((self.kept, self.withdraw), 2):
            button.setVisible(open_now and not closed)
            grid.addWidget(button, 0, column)
        self.error = QLabel()
        self.error.setObjectName("promiseError")
        self.error.setWordWrap(True)
        set_tone(self.error, "error")
        self.error.hide()
        grid.addWidget(self.error, 1, 0, 1, 4)
        grid.setColumnStretch(0, 1)

    def described(self, promise: Commitment) -> str:
        return promise.description or self.tr("A progress report (promised in the first response)")

    def _state(self, promise: Commitment, zone: tzinfo) -> str:
        if promise.kept_at is not None:
            return self.tr("Kept %1").replace(
                "%1", local_moment(promise.kept_at, zone, self.language)
            )
        if promise.cancelled_at is not None:
            return self.tr("Withdrawn")
        return self.tr("Due %1").replace("%1", local_moment(promise.due_at, zone, self.language))

    def mark_kept(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Promise kept"),
            self.tr("Record “%1” as kept now?").replace("%1", self.described(self.promise)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda: self._keep(self.promise.id))

    def ask_withdraw(self) -> None:
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Withdraw a promise"),
            self.tr(
                "Why will “%1” not be kept as promised (agreed otherwise with the customer, "
                "replaced by another promise)? The reason stays on the case's timeline for you; "
                "the report for the customer leaves it out."
            ).replace("%1", self.described(self.promise)),
            QLineEdit.EchoMode.Normal,
        )
        if ok:
            self._run(lambda: self._withdraw(self.promise.id, reason))

    def _run(self, verb: Callable[[], None]) -> None:
        try:
            verb()
        except ValidationError as error:
            self.error.setText(error.message(self.language))
            self.error.show()


class PromisesPanel(QGroupBox):
    """Every promise made to the customer on this case; hidden while there is none."""

    def __init__(
        self, language: Language, zone: tzinfo, keep: KeepPromise, withdraw: WithdrawPromise
    ) -> None:
        super().__init__()
        self.setTitle(self.tr("Promises to the customer"))
        self.setObjectName("promisesPanel")
        self.language, self.zone = language, zone
        self._keep, self._withdraw = keep, withdraw
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "A progress update keeps the promise of a report. Anything else you promised "
                "(a visit, a document) is kept when you say so here."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.rows_box = QVBoxLayout()
        layout.addLayout(self.rows_box)
        self.rows: list[PromiseRow] = []

    def show_case(self, case: Case) -> None:
        for row in self.rows:
            self.rows_box.removeWidget(row)
            row.deleteLater()
        promises = [c for c in case.commitments if c.kind is CommitmentKind.PROMISE]
        self.rows = [
            PromiseRow(
                promise, case.is_closed, self.language, self.zone, self._keep, self._withdraw
            )
            for promise in sorted(promises, key=lambda c: (c.due_at, c.id))
        ]
        for row in self.rows:
            self.rows_box.addWidget(row)
        self.setVisible(bool(self.rows))
