"""The passphrase is stretched by scrypt at least at OWASP's minimum (N = 2^17, r = 8, p = 1);
a vault made with weaker parameters is made again with these at the next successful unlock."""

from __future__ import annotations

import json

import pytest

from desktop.domain.errors import StoreError, ValidationError
from desktop.domain.journal import Emotion, JournalEntry, SelfReview, ThoughtRecord
from desktop.services.journal import VAULT_KEY
from desktop.store import vault

PASSPHRASE = "correct horse battery"


def stored_parameters(services) -> vault.VaultParameters:
    return vault.VaultParameters.from_json(services.store.settings.get(VAULT_KEY))


def test_new_vaults_use_at_least_the_owasp_minimum(services):
    services.journal.set_passphrase(PASSPHRASE)
    parameters = stored_parameters(services)
    assert parameters.n >= 2**17 and parameters.r >= 8 and parameters.p >= 1
    assert len(parameters.salt) >= 16
    services.journal.set_passphrase("another passphrase", current=PASSPHRASE)
    assert stored_parameters(services).n >= 2**17


def weak_vault(services) -> vault.Cipher:
    """What the previous version made: scrypt with N = 2^15, the journal sealed with it."""
    salt = b"fedcba9876543210"
    cipher = vault.Cipher(vault.derive_key(PASSPHRASE, salt, 2**15, 8, 1))
    parameters = vault.VaultParameters(
        salt, 2**15, 8, 1, cipher.encrypt(vault.VERIFIER_TEXT.decode())
    )
    now = services.clock()
    journal = services.store.journal
    journal.seal, journal.open, journal.encrypted = cipher.encrypt, cipher.decrypt, True
    with services.store.transaction():
        journal.add_entry(JournalEntry(0, now, [(Emotion.SAD, 60)], body="周一很难熬"), now)
        journal.add_record(ThoughtRecord(0, now, situation="被当众批评"), now)
        journal.add_review(SelfReview(0, None, now, lucky="备份还在"), now)
        services.store.settings.set(VAULT_KEY, parameters.to_json())
    return cipher


def test_a_weak_vault_is_made_again_at_the_next_unlock(services):
    old = weak_vault(services)
    with pytest.raises(ValidationError):
        services.journal.unlock("not the passphrase")
    assert stored_parameters(services).n == 2**15  # a failed unlock changes nothing
    services.journal.unlock(PASSPHRASE)
    parameters = stored_parameters(services)
    assert (parameters.n, parameters.r, parameters.p) == (2**17, 8, 1)
    assert parameters.salt != b"fedcba9876543210"
    bodies = services.store.conn.execute("SELECT body, sealed FROM journal_entries").fetchone()
    for stored in bodies:
        with pytest.raises(vault.VaultError):
            old.decrypt(stored)  # sealed again with the new key
    assert services.journal.entries()[0].body == "周一很难熬"
    assert services.journal.records()[0].situation == "被当众批评"
    assert services.journal.reviews()[0].lucky == "备份还在"
    services.journal.lock()
    services.journal.unlock(PASSPHRASE)
    assert services.journal.entries()[0].feelings == [(Emotion.SAD, 60)]


def test_the_upgrade_is_one_transaction(services, monkeypatch):
    weak_vault(services)
    before = services.store.conn.execute("SELECT body FROM journal_entries").fetchall()

    def full_disk(key, value):
        raise StoreError("the database cannot be written: database or disk is full")

    monkeypatch.setattr(services.store.settings, "set", full_disk)
    with pytest.raises(StoreError):
        services.journal.unlock(PASSPHRASE)
    monkeypatch.undo()
    assert services.store.conn.execute("SELECT body FROM journal_entries").fetchall() == before
    assert json.loads(services.store.settings.get(VAULT_KEY))["n"] == 2**15
    services.journal.unlock(PASSPHRASE)  # and the next try does it
    assert stored_parameters(services).n == 2**17
    assert services.journal.entries()[0].body == "周一很难熬"
