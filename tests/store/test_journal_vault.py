"""The journal's passphrase: encrypted at rest, refused when wrong, re-keyed atomically."""

from __future__ import annotations

import signal
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.journal import Emotion, JournalEntry, SelfReview, ThoughtRecord
from desktop.paths import DataFolder
from desktop.services import Services
from desktop.services.journal import JournalLockedError

SECRET = "我其实很害怕再被客户骂 — secret-marker-7f3a"


def db_bytes(folder: DataFolder) -> bytes:
    data = b""
    for suffix in ("", "-wal", "-shm"):
        path = Path(f"{folder.database}{suffix}")
        if path.exists():
            data += path.read_bytes()
    return data


def write_all_kinds(services) -> None:
    now = services.clock()
    services.journal.save_entry(
        JournalEntry(0, now, [(Emotion.ANXIOUS, 80)], body=SECRET, reframe=SECRET)
    )
    services.journal.add_record(ThoughtRecord(0, now, situation=SECRET, balanced_thought=SECRET))
    services.journal.add_review(SelfReview(0, None, now, went_wrong=SECRET))


@pytest.mark.parametrize("order", ["write then lock", "lock then write"])
def test_encrypted_text_is_nowhere_in_the_files(services, data_home, order):
    if order == "write then lock":
        write_all_kinds(services)
        services.journal.set_passphrase("correct horse battery")
    else:
        services.journal.set_passphrase("correct horse battery")
        write_all_kinds(services)
    services.store.checkpoint()
    raw = db_bytes(data_home)
    assert SECRET.encode("utf-8") not in raw
    assert b"secret-marker-7f3a" not in raw
    services.journal.lock()
    with pytest.raises(JournalLockedError):
        services.journal.entries()
    services.journal.unlock("correct horse battery")
    assert services.journal.entries()[0].body == SECRET
    assert services.journal.records()[0].situation == SECRET
    assert services.journal.reviews()[0].went_wrong == SECRET


def test_a_wrong_passphrase_is_refused_clearly(services):
    services.journal.set_passphrase("correct horse battery")
    services.journal.lock()
    with pytest.raises(ValidationError) as caught:
        services.journal.unlock("wrong horse")
    assert caught.value.code == "wrong_passphrase"
    assert services.journal.is_locked()
    with pytest.raises(ValidationError):
        services.journal.set_passphrase("another one here", current="wrong horse")


def test_change_and_remove_the_passphrase(services):
    write_all_kinds(services)
    services.journal.set_passphrase("first passphrase")
    services.journal.set_passphrase("second passphrase", current="first passphrase")
    services.journal.lock()
    with pytest.raises(ValidationError):
        services.journal.unlock("first passphrase")
    services.journal.unlock("second passphrase")
    assert services.journal.entries()[0].body == SECRET
    services.journal.remove_passphrase("second passphrase")
    assert not services.journal.has_passphrase()
    assert services.journal.entries()[0].body == SECRET


def test_a_short_passphrase_is_refused(services):
    with pytest.raises(ValidationError, match="at least"):
        services.journal.set_passphrase("short")


def test_emoji_and_rare_characters_round_trip_encrypted(services):
    services.journal.set_passphrase("correct horse battery")
    text = "😠 𠀀 客户 " * 2000
    saved = services.journal.save_entry(JournalEntry(0, services.clock(), body=text))
    assert saved.body == text.strip()


CHILD = """
import sys
from pathlib import Path
from desktop.paths import DataFolder
from desktop.services import Services
from desktop.store.journal import JournalStore
rewrite = JournalStore.rewrite_all
def announced(*args, **kwargs):
    print("ready", flush=True)  # both keys are derived: the writing starts now
    return rewrite(*args, **kwargs)
JournalStore.rewrite_all = announced
services = Services.open(DataFolder(Path(sys.argv[1])))
services.journal.unlock("old passphrase")
services.journal.set_passphrase("new passphrase", current="old passphrase")
print("done", flush=True)
"""


@pytest.mark.parametrize("delay", [0.0, 0.02, 0.05])
def test_re_encryption_killed_half_way_leaves_one_passphrase_working(data_home, clock, delay):
    services = Services.open(data_home, clock)
    services.journal.set_passphrase("old passphrase")
    for day in range(400):
        services.journal.save_entry(
            JournalEntry(
                0, clock.now - timedelta(hours=day), [(Emotion.SAD, 50)], body=f"{SECRET} {day}"
            )
        )
    services.close()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data_home.root)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout.readline().strip() == "ready"
    import time

    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.wait()
    reopened = Services.open(data_home, clock)
    try:
        working = []
        for passphrase in ("old passphrase", "new passphrase"):
            try:
                reopened.journal.unlock(passphrase)
            except ValidationError:
                continue
            entries = reopened.journal.entries()
            assert len(entries) == 400 and all(SECRET in e.body for e in entries)
            working.append(passphrase)
        assert len(working) == 1
    finally:
        reopened.close()


def test_a_restore_with_a_journal_under_another_passphrase_leaves_it_locked(services, clock):
    services.journal.set_passphrase("the backup's passphrase")
    write_all_kinds(services)
    clock.advance(hours=1)
    archive = services.data.backup_now()
    services.journal.set_passphrase("today's passphrase", current="the backup's passphrase")
    clock.advance(hours=1)
    services.data.restore(archive)  # while unlocked with today's key
    assert services.journal.is_locked()
    assert services.journal.reading_key() is None
    with pytest.raises(JournalLockedError):
        services.journal.entries()  # locked, not a decryption failure
    services.journal.unlock("the backup's passphrase")
    assert services.journal.entries()[0].body == SECRET
