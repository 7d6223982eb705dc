"""With a passphrase, everything the journal says about a person is sealed: the text, and the
feelings with their intensities, the thinking traps and the links to cases."""

from __future__ import annotations

import json
import sqlite3
from datetime import timedelta

import pytest
from sqlite_utils import Database

from desktop.domain.journal import Emotion, JournalEntry, SelfReview, ThinkingTrap, ThoughtRecord
from desktop.services import Services
from desktop.store import vault
from desktop.store.db import connect
from desktop.store.migrations import migrations
from tests.conftest import SHANGHAI
from tests.store.test_journal_vault import db_bytes

PASSPHRASE = "correct horse battery"
# the stored names of what is written below: none may be readable in the file
CLEAR_NAMES = (b"catastrophising", b"mind_reading", b"ashamed", b"frustrated", b"hopeful")


def a_case(services, clock):
    case = services.cases.create()
    return services.cases.update_intake(
        case.id,
        customer="华信银行",
        contact_name="王经理",
        received_at=clock.now - timedelta(days=1),
        complaint_text="系统崩溃",
    )


def write_everything(services, case_id):
    now = services.clock()
    services.journal.save_entry(
        JournalEntry(
            0, now, [(Emotion.ASHAMED, 83), (Emotion.HOPEFUL, 21)], body="a", case_id=case_id
        )
    )
    services.journal.save_entry(
        JournalEntry(0, now - timedelta(days=2), [(Emotion.FRUSTRATED, 64)], body="b")
    )
    services.journal.add_record(
        ThoughtRecord(
            0,
            now,
            situation="s",
            emotions_before=[(Emotion.ASHAMED, 90)],
            thinking_traps=[ThinkingTrap.CATASTROPHISING, ThinkingTrap.MIND_READING],
            emotions_after=[(Emotion.ASHAMED, 40)],
            case_id=case_id,
        )
    )
    services.journal.add_review(SelfReview(0, case_id, now, went_wrong="w"))


def clear_rows(conn) -> dict[str, list]:
    """Whatever metadata is readable without the key."""
    return {
        "feelings": conn.execute("SELECT * FROM journal_emotions").fetchall(),
        "entry cases": conn.execute(
            "SELECT case_id FROM journal_entries WHERE case_id IS NOT NULL"
        ).fetchall(),
        "records": conn.execute(
            "SELECT emotions_before, emotions_after, thinking_traps, case_id FROM thought_records"
            " WHERE emotions_before != '[]' OR emotions_after != '[]' OR thinking_traps != '[]'"
            " OR case_id IS NOT NULL"
        ).fetchall(),
        "review cases": conn.execute(
            "SELECT case_id FROM self_reviews WHERE case_id IS NOT NULL"
        ).fetchall(),
    }


NOTHING: dict[str, list] = {"feelings": [], "entry cases": [], "records": [], "review cases": []}


def assert_all_read_back(services, case_id):
    first, second = services.journal.entries()
    assert first.feelings == [(Emotion.ASHAMED, 83), (Emotion.HOPEFUL, 21)]
    assert first.case_id == case_id and second.case_id is None
    assert second.feelings == [(Emotion.FRUSTRATED, 64)]
    [record] = services.journal.records()
    assert record.thinking_traps == [ThinkingTrap.CATASTROPHISING, ThinkingTrap.MIND_READING]
    assert record.changes() == [(Emotion.ASHAMED, 90, 40)] and record.case_id == case_id
    assert [r.went_wrong for r in services.journal.reviews(case_id)] == ["w"]
    assert [e.body for e in services.journal.entries(case_id=case_id)] == ["a"]
    assert [e.body for e in services.journal.entries(emotion=Emotion.FRUSTRATED)] == ["b"]


@pytest.mark.parametrize("order", ["write then set", "set then write"])
def test_feelings_traps_and_case_links_are_sealed_with_the_text(services, clock, data_home, order):
    case = a_case(services, clock)
    if order == "write then set":
        write_everything(services, case.id)
        services.journal.set_passphrase(PASSPHRASE)
    else:
        services.journal.set_passphrase(PASSPHRASE)
        write_everything(services, case.id)
    services.store.checkpoint()
    assert clear_rows(services.store.conn) == NOTHING
    raw = db_bytes(data_home)
    assert [name for name in CLEAR_NAMES if name in raw] == []
    services.journal.lock()
    services.journal.unlock(PASSPHRASE)
    assert_all_read_back(services, case.id)
    # the mood chart reads them after unlocking
    points, _ = services.journal.mood(30)
    assert [p.distress for p in points] == [64, 83]
    assert services.insights.insights(3).mood is not None


def test_changing_and_removing_the_passphrase_rewrites_the_metadata_too(services, clock):
    case = a_case(services, clock)
    write_everything(services, case.id)
    services.journal.set_passphrase(PASSPHRASE)
    before = services.store.conn.execute("SELECT sealed FROM journal_entries").fetchall()
    services.journal.set_passphrase("another passphrase", current=PASSPHRASE)
    after = services.store.conn.execute("SELECT sealed FROM journal_entries").fetchall()
    assert set(before).isdisjoint(after)  # sealed afresh with the new key
    assert clear_rows(services.store.conn) == NOTHING
    assert_all_read_back(services, case.id)
    services.journal.remove_passphrase("another passphrase")
    rows = clear_rows(services.store.conn)
    assert len(rows["feelings"]) == 3 and rows["entry cases"] == [(case.id,)]
    assert rows["review cases"] == [(case.id,)]
    assert services.store.conn.execute(
        "SELECT DISTINCT sealed FROM journal_entries"
    ).fetchall() == [("",)]
    assert_all_read_back(services, case.id)


def test_a_sealed_link_to_a_deleted_case_reads_as_no_case(services, clock):
    case = a_case(services, clock)
    write_everything(services, case.id)
    services.journal.set_passphrase(PASSPHRASE)
    services.trash.delete_case(case.id)
    later = a_case(services, clock)  # may reuse the deleted case's id
    assert all(e.case_id in (None,) for e in services.journal.entries())
    assert services.journal.records()[0].case_id is None
    assert services.journal.reviews(later.id) == []


def test_the_mood_and_insights_read_sealed_feelings_only_after_unlocking(services, clock):
    write_everything(services, a_case(services, clock).id)
    services.journal.set_passphrase(PASSPHRASE)
    services.journal.lock()
    assert services.insights.insights(3).mood is None
    services.journal.unlock(PASSPHRASE)
    assert services.insights.insights(3).mood == [("2026-W47", 64.0), ("2026-W48", 83.0)]


# --- a journal written by the previous version (before 0006): only the text was sealed ----------
OLD_N = 2**15


def old_version_database(folder, clock) -> None:
    """What 0005 and the vault of that version left: text sealed, metadata in clear."""
    conn = connect(folder.database)
    migrations.apply(Database(conn), stop_before="0006_journal_metadata")
    salt = b"0123456789abcdef"
    cipher = vault.Cipher(vault.derive_key(PASSPHRASE, salt, OLD_N, 8, 1))
    parameters = vault.VaultParameters(
        salt, OLD_N, 8, 1, cipher.encrypt(vault.VERIFIER_TEXT.decode())
    )
    now = clock.now.isoformat()
    conn.execute(
        "INSERT INTO settings (key, value) VALUES ('journal.vault', ?)",
        (json.dumps(parameters.to_json()),),
    )
    conn.execute(
        "INSERT INTO cases (id, uuid, number, customer, created_at, updated_at) "
        "VALUES (7, 'case-uuid-7', 'C-2026-0007', '华信银行', ?, ?)",
        (now, now),
    )
    conn.execute(
        "INSERT INTO journal_entries (id, uuid, written_at, case_id, body, accept_feeling, "
        "talked_to, what_helped, reframe, encrypted, created_at, updated_at) "
        "VALUES (1, 'e1', ?, 7, ?, ?, ?, ?, ?, 1, ?, ?)",
        (
            now,
            cipher.encrypt("我很慌"),
            cipher.encrypt(""),
            cipher.encrypt("[]"),
            cipher.encrypt(""),
            cipher.encrypt(""),
            now,
            now,
        ),
    )
    conn.execute("INSERT INTO journal_emotions VALUES (1, 'ashamed', 83)")
    conn.execute(
        "INSERT INTO thought_records (id, uuid, case_id, situation, emotions_before, "
        "thinking_traps, emotions_after, encrypted, created_at, updated_at) "
        "VALUES (1, 'r1', 7, ?, '[[\"ashamed\", 90]]', '[\"catastrophising\"]', "
        "'[[\"ashamed\", 40]]', 1, ?, ?)",
        (cipher.encrypt("会上被批评"), now, now),
    )
    conn.execute(
        "INSERT INTO self_reviews (id, case_id, went_well, went_wrong, lucky, differently, "
        "encrypted, created_at, updated_at) VALUES (1, 7, ?, ?, ?, ?, 1, ?, ?)",
        (*(cipher.encrypt(t) for t in ("", "没备份", "", "")), now, now),
    )
    conn.close()


def test_a_journal_sealed_by_the_previous_version_is_sealed_wholly_at_the_next_unlock(
    data_home, clock
):
    old_version_database(data_home, clock)
    services = Services.open(data_home, clock, SHANGHAI)
    try:
        columns = {r[1] for r in services.store.conn.execute("PRAGMA table_info(journal_entries)")}
        assert "sealed" in columns
        assert list(data_home.backups.glob("before-migration-*.db"))
        # without the key nothing can be sealed yet, and nothing is lost
        assert clear_rows(services.store.conn)["feelings"] == [(1, "ashamed", 83)]
        services.journal.unlock(PASSPHRASE)
        assert clear_rows(services.store.conn) == NOTHING
        raw = db_bytes(data_home)
        assert b"catastrophising" not in raw and b"ashamed" not in raw
        [entry] = services.journal.entries()
        assert (entry.body, entry.feelings, entry.case_id) == ("我很慌", [(Emotion.ASHAMED, 83)], 7)
        [record] = services.journal.records()
        assert record.thinking_traps == [ThinkingTrap.CATASTROPHISING]
        assert record.changes() == [(Emotion.ASHAMED, 90, 40)] and record.case_id == 7
        assert services.journal.reviews(7)[0].went_wrong == "没备份"
        services.journal.lock()
        services.journal.unlock(PASSPHRASE)  # and again: nothing left to upgrade
        assert services.journal.entries()[0].feelings == [(Emotion.ASHAMED, 83)]
    finally:
        services.close()
    rows = sqlite3.connect(data_home.database).execute(
        "SELECT DISTINCT encrypted FROM journal_entries"
    )
    assert rows.fetchall() == [(2,)]
