"""The private journal: entries, thought records, self-reviews, the mood chart, the lock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta, tzinfo

from desktop.domain.errors import NotFoundError, TurnaroundError, ValidationError
from desktop.domain.journal import Emotion, JournalEntry, SelfReview, ThoughtRecord
from desktop.domain.mood import MoodPoint, complaint_days, daily_reminder_due, mood_series
from desktop.domain.validation import clean_int
from desktop.services.clock import Clock
from desktop.services.watchers import Watchers
from desktop.store.journal import JournalStore, Transform
from desktop.store.store import Store
from desktop.store.vault import (
    Cipher,
    Key,
    KeyChange,
    VaultError,
    VaultLockedError,
    VaultParameters,
    is_outdated,
    new_parameters,
    open_cipher,
)

VAULT_KEY = "journal.vault"
AUTO_LOCK_KEY = "journal.auto_lock_minutes"
REMINDER_KEY = "journal.reminder"  # "18:00", or "" for none
REMINDED_KEY = "journal.reminded_on"  # the last day reminded
MIN_PASSPHRASE = 8


class JournalLockedError(TurnaroundError):
    """The journal has a passphrase and is locked."""


class JournalService:
    def __init__(self, store: Store, clock: Clock, zone: tzinfo) -> None:
        self.store = store
        self.clock = clock
        self.zone = zone
        self._key: Key | None = None  # while unlocked
        self._hidden = False  # the privacy switch
        self._watchers: Watchers[None] = Watchers()

    # --- who may see it ------------------------------------------------------------------------
    def watch(self, callback: Callable[[], None]) -> Callable[[], None]:
        """Call `callback` whenever the journal is locked, unlocked, hidden or shown; returns
        the call that stops watching."""
        return self._watchers.watch(lambda _nothing: callback())

    def _changed(self) -> None:
        self._watchers.tell(None)

    def set_hidden(self, hidden: bool) -> None:
        """The privacy switch: hiding also locks; showing again does not unlock."""
        self._hidden = hidden
        if hidden:
            self._key = None
        self._changed()

    def is_hidden(self) -> bool:
        return self._hidden

    def is_readable(self) -> bool:
        """Whether anything from the journal, its figures included, may be shown now."""
        return not self._hidden and not self.is_locked()

    def reading_key(self) -> Transform | None:
        """What decrypts the journal now, for a read on another connection (off the GUI
        thread); None while it is locked or hidden."""
        if not self.is_readable():
            return None
        cipher = self._unlocked()
        return cipher.decrypt if cipher is not None else _same

    # --- the lock ------------------------------------------------------------------------------
    def _parameters(self) -> VaultParameters | None:
        stored = self.store.settings.get(VAULT_KEY)
        return VaultParameters.from_json(stored) if stored else None

    def has_passphrase(self) -> bool:
        return self._parameters() is not None

    def readable_by_anyone_with_the_file(self) -> bool:
        """Whether a copy of the data folder would give the journal away: something is written
        and no passphrase seals it."""
        return not self.has_passphrase() and self.store.journal.anything_written()

    def is_locked(self) -> bool:
        return self.has_passphrase() and self._unlocked() is None

    def _unlocked(self) -> Cipher | None:
        """The key, if it is the key of the vault in the database now: a restore or an import
        may have put in a journal sealed with another passphrase, which is then locked."""
        if self._key is None:
            return None
        parameters = self._parameters()
        if parameters is None or parameters.verifier != self._key.parameters.verifier:
            self._key = None
            return None
        return self._key.cipher

    def unlock(self, passphrase: str) -> KeyChange | None:
        """Unlock; a vault made by an earlier version is made again, and then the keys before
        and after are returned (older backups still hold the journal as it was)."""
        parameters = self._parameters()
        if parameters is None:
            return None
        try:
            cipher = open_cipher(passphrase, parameters)
        except VaultError:
            raise ValidationError("passphrase", "wrong_passphrase") from None
        change = self._upgraded(passphrase, parameters, cipher)
        self._key = change.after if change else Key(parameters, cipher)
        self._changed()
        return change

    def _upgraded(
        self, passphrase: str, parameters: VaultParameters, cipher: Cipher
    ) -> KeyChange | None:
        """A vault made by an earlier version is made again now that the key is known: a key
        stretched with today's scrypt parameters, and the metadata sealed with the text. All in
        one transaction. None when there was nothing to do."""
        outdated = is_outdated(parameters)
        if not outdated and not self.store.journal.needs_sealing():
            return None
        renewed, new_cipher = new_parameters(passphrase) if outdated else (parameters, cipher)
        with self.store.transaction():
            self.store.journal.rewrite_all(cipher.decrypt, new_cipher.encrypt, True)
            if outdated:
                self.store.settings.set(VAULT_KEY, renewed.to_json())
        self.store.checkpoint()
        return KeyChange(Key(parameters, cipher), Key(renewed, new_cipher))

    def lock(self) -> None:
        self._key = None
        self._changed()

    def auto_lock_minutes(self) -> int:
        return int(self.store.settings.get(AUTO_LOCK_KEY, 10))

    def set_auto_lock_minutes(self, minutes: int) -> None:
        minutes = clean_int("auto_lock_minutes", minutes, 1, 240, required=True)
        with self.store.transaction():
            self.store.settings.set(AUTO_LOCK_KEY, minutes)

    def set_passphrase(self, new: str, current: str | None = None) -> KeyChange:
        """Set or change the passphrase: everything is re-encrypted in one transaction. The
        keys before and after, for the backups made before (see BackupPrivacyService)."""
        if len(new) < MIN_PASSPHRASE:
            raise ValidationError("passphrase", "short_passphrase", length=MIN_PASSPHRASE)
        before = self._parameters()
        old = self._verified(current)
        parameters, cipher = new_parameters(new)
        with self.store.transaction():
            self.store.journal.rewrite_all(old.decrypt if old else _same, cipher.encrypt, True)
            self.store.settings.set(VAULT_KEY, parameters.to_json())
        self.store.checkpoint()
        self._key = Key(parameters, cipher)
        self._changed()
        return KeyChange(
            Key(before, old) if before is not None and old is not None else None,
            Key(parameters, cipher),
        )

    def remove_passphrase(self, current: str) -> None:
        """Decrypt everything and forget the passphrase."""
        old = self._verified(current)
        with self.store.transaction():
            self.store.journal.rewrite_all(old.decrypt if old else _same, _same, False)
            self.store.settings.delete(VAULT_KEY)
        self.store.checkpoint()
        self._key = None
        self._changed()

    def _verified(self, current: str | None) -> Cipher | None:
        parameters = self._parameters()
        if parameters is None:
            return None
        try:
            return open_cipher(current or "", parameters)
        except VaultError:
            raise ValidationError("current_passphrase", "wrong_passphrase") from None

    def _reading(self) -> JournalStore:
        """The journal to read from: refused while hidden by the privacy switch too."""
        if self._hidden:
            raise JournalLockedError("the journal is hidden")
        return self._journal()

    def writer(self) -> JournalStore:
        """The journal to write to, sealing and opening with the key of now; JournalLockedError
        while it is locked."""
        return self._journal()

    def _journal(self) -> JournalStore:
        journal = self.store.journal
        if self.has_passphrase():
            cipher = self._unlocked()
            if cipher is None:
                raise JournalLockedError("the journal is locked")
            journal.seal, journal.open, journal.encrypted = cipher.encrypt, cipher.decrypt, True
        else:
            journal.seal, journal.open, journal.encrypted = _same, _same, False
        return journal

    # --- entries -------------------------------------------------------------------------------
    def entries(
        self, days: int | None = None, case_id: int | None = None, emotion: Emotion | None = None
    ) -> list[JournalEntry]:
        since = self.clock() - timedelta(days=days) if days else None
        try:
            return self._reading().entries(since, case_id, emotion)
        except VaultLockedError as error:
            raise JournalLockedError(str(error)) from error

    def save_entry(self, entry: JournalEntry) -> JournalEntry:
        cleaned = entry.cleaned()
        journal = self._journal()
        with self.store.transaction():
            if cleaned.id:
                journal.update_entry(cleaned, self.clock())
                entry_id = cleaned.id
            else:
                entry_id = journal.add_entry(cleaned, self.clock())
        return next(e for e in journal.entries() if e.id == entry_id)

    def take_back(self, entry_id: int) -> None:
        """A check-in taken back just after it was made: gone, not to the Trash (deleting an
        entry moves it to the Trash: TrashService.delete_journal_entry)."""
        journal = self._journal()
        with self.store.transaction():
            journal.delete_entry(entry_id)

    # --- the daily reminder ------------------------------------------------------------------
    def daily_reminder(self) -> time | None:
        stored = self.store.settings.get(REMINDER_KEY)
        return time.fromisoformat(stored) if isinstance(stored, str) and stored else None

    def set_daily_reminder(self, at: time | None) -> None:
        with self.store.transaction():
            self.store.settings.set(REMINDER_KEY, at.strftime("%H:%M") if at else "")

    def reminder_due(self) -> bool:
        """Whether to remind now (and remember that it was, for today). Never while the
        journal is hidden by the privacy switch."""
        at = self.daily_reminder()
        if at is None or self.is_hidden():
            return False
        now = self.clock().astimezone(self.zone)
        last = JournalStore(self.store.conn).last_written_at()
        stored = self.store.settings.get(REMINDED_KEY)
        reminded = date.fromisoformat(stored) if isinstance(stored, str) and stored else None
        local_last = last.astimezone(self.zone) if last else None
        if not daily_reminder_due(now, at, local_last, reminded):
            return False
        with self.store.transaction():
            self.store.settings.set(REMINDED_KEY, now.date().isoformat())
        return True

    # --- thought records and reviews ---------------------------------------------------------
    def add_record(self, record: ThoughtRecord) -> int:
        return self.save_record(record).id

    def save_record(self, record: ThoughtRecord) -> ThoughtRecord:
        """Add (id 0) or change a thought record; ValidationError changes nothing."""
        cleaned = record.cleaned()
        journal = self._journal()
        with self.store.transaction():
            if cleaned.id:
                journal.update_record(cleaned, self.clock())
                record_id = cleaned.id
            else:
                record_id = journal.add_record(cleaned, self.clock())
        return journal.records(only_id=record_id)[0]

    def records(self) -> list[ThoughtRecord]:
        return self._reading().records()

    def record(self, record_id: int) -> ThoughtRecord:
        found = self._reading().records(only_id=record_id)
        if not found:
            raise NotFoundError(f"no thought record {record_id}")
        return found[0]

    def add_review(self, review: SelfReview) -> int:
        return self.save_review(review).id

    def save_review(self, review: SelfReview) -> SelfReview:
        """Add (id 0) or change a self-review; ValidationError changes nothing."""
        cleaned = review.cleaned()
        journal = self._journal()
        with self.store.transaction():
            if cleaned.id:
                journal.update_review(cleaned, self.clock())
                review_id = cleaned.id
            else:
                review_id = journal.add_review(cleaned, self.clock())
        return journal.reviews(only_id=review_id)[0]

    def reviews(self, case_id: int | None = None) -> list[SelfReview]:
        return self._reading().reviews(case_id)

    def review(self, review_id: int) -> SelfReview:
        found = self._reading().reviews(only_id=review_id)
        if not found:
            raise NotFoundError(f"no self-review {review_id}")
        return found[0]

    # --- the mood chart ------------------------------------------------------------------------
    def mood(self, days: int) -> tuple[list[MoodPoint], list]:
        """Points per day, and the days complaints were received, within the last `days`."""
        today = self.clock().astimezone(self.zone).date()
        since = self.clock() - timedelta(days=days)
        entries = self._reading().entries(since, with_text=False)
        received = self.store.cases.received_since(since)
        return (
            mood_series(entries, today, days, self.zone),
            complaint_days(received, today, days, self.zone),
        )

    def now(self) -> datetime:
        return self.clock()


def _same(text: str) -> str:
    return text
