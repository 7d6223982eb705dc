"""The window files what `turnaround intake` handed over while it held the data folder."""

from __future__ import annotations

from desktop.domain.case_query import CaseQuery
from desktop.domain.enums import Language
from desktop.services.inbox import file_handed_over, hand_over, inbox_of
from tests.domain import inbound_samples as samples


def test_a_handed_over_mail_becomes_a_case_and_leaves_the_inbox(services):
    hand_over(services.folder, samples.GMAIL_EML, "complaint.eml")
    [case] = file_handed_over(services)
    assert services.cases.count(CaseQuery()) == 1
    assert case.intake.contact_email
    assert list(inbox_of(services.folder).glob("*.eml")) == []


def test_an_undated_message_is_received_when_it_was_handed_over(services):
    hand_over(services.folder, "王经理：月结报表数据对不上，请尽快处理。".encode(), "-")
    [case] = file_handed_over(services)
    assert case.intake.received_at is not None


def test_a_message_that_cannot_be_read_is_kept_aside_never_lost(services):
    path = hand_over(services.folder, b"\x00\x01\x02" * 100, "broken.eml")
    assert file_handed_over(services) == []
    kept = inbox_of(services.folder) / "refused" / path.name
    assert kept.read_bytes() == b"\x00\x01\x02" * 100
    assert file_handed_over(services) == []  # not tried again and again


def test_the_open_window_files_what_arrives_and_says_so(qtbot, services):
    from desktop.views.main_window import MainWindow

    window = MainWindow(services, Language.EN)
    qtbot.addWidget(window)
    hand_over(services.folder, samples.GMAIL_EML, "complaint.eml")
    window._start_reminders()
    assert services.cases.count(CaseQuery()) == 1
    assert "Filed as a new case" in window.statusBar().currentMessage()
    hand_over(services.folder, samples.GMAIL_EML, "again.eml")
    qtbot.waitUntil(lambda: services.cases.count(CaseQuery()) == 2, timeout=5000)
