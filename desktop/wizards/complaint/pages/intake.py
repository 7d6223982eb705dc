"""Stage 1, 记录投诉 / Intake: the complaint as it was received."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit

from desktop.domain.complaint import Case, derive_title
from desktop.domain.enums import Channel, Severity, Stage
from desktop.views.widgets.mail_drop import MailDrop
from desktop.wizards.complaint.base_page import CasePage
from desktop.wizards.complaint.message_paste import MessagePaste
from desktop.wizards.complaint.severity_hint import SeverityHint

# the intake fields typed in one line, and those with several
LINE_FIELDS = (
    "customer",
    "project",
    "contact_name",
    "contact_title",
    "contact_phone",
    "contact_email",
    "impact_users",
    "impact_departments",
    "title",
)
TEXT_FIELDS = ("complaint_text", "requested_remedy", "people_involved", "impact_business")


class IntakePage(CasePage):
    title: QLineEdit  # type: ignore[assignment]  # the title field hides QWizardPage.title(), unused
    stage = Stage.INTAKE

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.setSubTitle(
            self.tr(
                "Write the complaint down as you received it, while it is "
                "fresh. Fields marked * are required."
            )
        )
        # the received time the form shows until the user picks one: a pasted message replaces it
        self._received_default = False
        self.paste = MessagePaste(self, self._never_chosen)
        self.layout_.addWidget(self.paste)
        form = self.new_form()
        self.customer = form.add(
            "customer", self.tr("Customer organisation"), QLineEdit(), required=True
        )
        # the customers' names and other names: picking one links the case to its record
        self.customer_names = QStringListModel(self)
        completer = QCompleter(self.customer_names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._customer_picked)
        self.customer.setCompleter(completer)
        self.customer.editingFinished.connect(self._fill_contact)
        self.project = form.add("project", self.tr("Project"), QLineEdit())
        self.contact_name = form.add(
            "contact_name", self.tr("Contact person"), QLineEdit(), required=True
        )
        self.contact_title = form.add("contact_title", self.tr("Their title"), QLineEdit())
        self.contact_title.setPlaceholderText(
            self.tr("Ms, Mr, Dr, or 经理 for a Chinese letter: the letter greets them by it")
        )
        self.contact_phone = form.add("contact_phone", self.tr("Phone"), QLineEdit())
        self.contact_email = form.add("contact_email", self.tr("E-mail"), QLineEdit())
        self.channel = form.add("channel", self.tr("Received through"), self.combo(list(Channel)))
        from desktop.views.widgets.datetime_edit import DateTimeField

        self.received_at = form.add(
            "received_at", self.tr("Received at"), DateTimeField(self.zone), required=True
        )
        self.complaint_text = form.add(
            "complaint_text",
            self.tr("The complaint, in the customer's words"),
            self.text_box(120),
            required=True,
        )
        self.precedents = self.precedents_panel()
        form.addRow("", self.precedents)
        self.requested_remedy = form.add(
            "requested_remedy", self.tr("What the customer asks for"), self.text_box(60)
        )
        self.people_involved = form.add(
            "people_involved", self.tr("People involved"), self.text_box(50)
        )
        self.impact_users = form.add("impact_users", self.tr("Users affected"), QLineEdit())
        self.impact_departments = form.add(
            "impact_departments", self.tr("Departments affected"), QLineEdit()
        )
        self.impact_business = form.add(
            "impact_business", self.tr("Business impact"), self.text_box(50)
        )
        self.severity = form.add("severity", self.tr("Severity"), self.combo(list(Severity)))
        self.severity_hint = SeverityHint(self.language)
        self.severity_hint.use_requested.connect(self._use_severity)
        form.addRow("", self.severity_hint)
        self.title = form.add("title", self.tr("Short title"), QLineEdit())
        self.layout_.addStretch(1)

        for name in LINE_FIELDS:
            widget = getattr(self, name)
            self.watch(name, widget, lambda n=name, w=widget: self._save(n, w.text()))
        for name in TEXT_FIELDS:
            widget = getattr(self, name)
            self.watch(name, widget, lambda n=name, w=widget: self._save(n, w.toPlainText()))
        for name in ("channel", "severity"):
            widget = getattr(self, name)
            self.watch(name, widget, lambda n=name, w=widget: self._save(n, w.value()))
        self.watch(
            "received_at",
            self.received_at,
            lambda: self._save("received_at", self.received_at.value()),
        )
        self.complaint_text.textChanged.connect(self._show_derived_title)
        self.complaint_text.textChanged.connect(self._complaint_changed)
        for box in (self.complaint_text, self.impact_business):
            box.textChanged.connect(self._show_severity_hint)
        self.severity.currentIndexChanged.connect(self._show_severity_hint)
        self.received_at.edit.dateTimeChanged.connect(self._received_chosen)
        self.drop = MailDrop(self)
        self.drop.watch(self)
        self.drop.dropped.connect(self.paste.take_file)

    def _customer_picked(self, name: str) -> None:
        self.customer.setText(name)  # the popup's choice may not have passed through textEdited
        self.owner.autosaver.mark("customer", lambda: self._save("customer", name))
        self._fill_contact()

    def _fill_contact(self) -> None:
        """The record's first contact, where the contact fields are still empty."""
        if self._loading or self.contact_name.text().strip():
            return
        customer = self.services.customers.find(self.customer.text())
        if customer is None or not customer.contacts:
            return
        contact = customer.contacts[0]
        for name, value in (
            ("contact_name", contact.name),
            ("contact_title", contact.title),
            ("contact_phone", contact.phone),
            ("contact_email", contact.email),
        ):
            widget: QLineEdit = getattr(self, name)
            if value and not widget.text().strip():
                widget.setText(value)
                self.clear_error(name)
                self.owner.autosaver.mark(name, partial(self._save, name, value))

    def _complaint_changed(self) -> None:
        if not self._loading:
            self.precedents.schedule(self.complaint_text.toPlainText())

    def _show_severity_hint(self) -> None:
        described = self.services.suggestions.severity_of(
            self.complaint_text.toPlainText() + "\n" + self.impact_business.toPlainText()
        )
        self.severity_hint.show_for(described, self.severity.value())

    def _use_severity(self, severity: Severity) -> None:
        self.set_combo(self.severity, severity)
        self.owner.autosaver.mark("severity", lambda: self._save("severity", severity))

    def _received_chosen(self) -> None:
        if not self._loading:
            self._received_default = False

    def _never_chosen(self) -> set[str]:
        return {"received_at"} if self._received_default else set()

    def _save(self, field: str, value: object) -> None:
        self.services.cases.update_intake(self.case.id, **{field: value})

    def _show_derived_title(self) -> None:
        derived = derive_title(self.complaint_text.toPlainText())
        self.title.setPlaceholderText(
            self.tr("Left blank: “%1”").replace("%1", derived) if derived else ""
        )

    def load(self, case: Case) -> None:
        intake = case.intake
        self.customer_names.setStringList(self.services.customers.completions())
        for name in LINE_FIELDS:
            getattr(self, name).setText(getattr(intake, name))
        for name in TEXT_FIELDS:
            widget = getattr(self, name)
            if widget.toPlainText() != getattr(intake, name):
                widget.setPlainText(getattr(intake, name))
        self.set_combo(self.channel, intake.channel)
        self.set_combo(self.severity, intake.severity)
        self._show_severity_hint()
        self.received_at.set_value(intake.received_at or self.services.clock())
        self._show_derived_title()
        self.precedents.show_for(intake.complaint_text)
        if intake.received_at is None:  # the time shown is the default: keep it unless changed
            self._received_default = True
            self.owner.autosaver.mark(
                "received_at", lambda: self._save("received_at", self.received_at.value())
            )
