"""The application's verbs: the only API the GUI and the CLI use. One transaction each."""

from __future__ import annotations

from datetime import tzinfo

from desktop.paths import DataFolder
from desktop.services.backup_privacy import BackupPrivacyService
from desktop.services.cases import CaseService
from desktop.services.checklists import ChecklistService
from desktop.services.clock import Clock, local_zone, system_clock
from desktop.services.data import DataService
from desktop.services.documents import DocumentService
from desktop.services.goals import GoalService
from desktop.services.inbound import InboundService
from desktop.services.insights import InsightsService
from desktop.services.journal import JournalService
from desktop.services.library import LibraryService
from desktop.services.precedents import PrecedentService
from desktop.services.settings import SettingsService
from desktop.store.store import Store


class Services:
    def __init__(
        self, store: Store, clock: Clock = system_clock, zone: tzinfo | None = None
    ) -> None:
        self.store = store
        self.clock = clock
        self.zone = zone or local_zone()
        self.settings = SettingsService(store)
        self.cases = CaseService(store, self.settings, clock, self.zone)
        self.inbound = InboundService(store, self.cases, clock, self.zone)
        self.documents = DocumentService(self.cases, self.settings, clock, self.zone)
        self.data = DataService(store, clock)
        self.backup_privacy = BackupPrivacyService(store)
        self.journal = JournalService(store, clock, self.zone)
        self.goals = GoalService(store, clock, self.zone)
        self.insights = InsightsService(store, clock, self.zone, self.journal)
        self.library = LibraryService(store, self.settings, clock, self.zone)
        self.checklists = ChecklistService(store, clock, self.zone)
        self.precedents = PrecedentService(store)

    @classmethod
    def open(
        cls, folder: DataFolder, clock: Clock = system_clock, zone: tzinfo | None = None
    ) -> Services:
        return cls(Store.open(folder), clock, zone)

    @property
    def folder(self) -> DataFolder | None:
        return self.store.folder

    def close(self) -> None:
        self.store.close()
