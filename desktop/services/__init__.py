"""The application's verbs: the only API the GUI and the CLI use. One transaction each."""

from __future__ import annotations

from datetime import tzinfo
from functools import cached_property
from typing import TYPE_CHECKING

from desktop.paths import DataFolder
from desktop.services.calendars import CalendarService
from desktop.services.cases import CaseService
from desktop.services.clock import Clock, local_zone, system_clock
from desktop.services.settings import SettingsService
from desktop.services.watchers import Watchers
from desktop.store.store import Store

if TYPE_CHECKING:
    from desktop.domain.trash import TrashChange
    from desktop.services.backup_privacy import BackupPrivacyService
    from desktop.services.checklists import ChecklistService
    from desktop.services.customers import CustomerService
    from desktop.services.data import DataService
    from desktop.services.documents import DocumentService
    from desktop.services.goals import GoalService
    from desktop.services.inbound import InboundService
    from desktop.services.insights import InsightsService
    from desktop.services.journal import JournalService
    from desktop.services.library import LibraryService
    from desktop.services.precedents import PrecedentService
    from desktop.services.suggestions import SuggestionService
    from desktop.services.templates import TemplateService
    from desktop.services.trash import TrashService


class Services:
    """Each service is made (and its modules imported) on first use: the window's first screen
    needs the cases and the settings only, and start-up time is the user's time."""

    def __init__(
        self, store: Store, clock: Clock = system_clock, zone: tzinfo | None = None
    ) -> None:
        self.store = store
        self.clock = clock
        self.zone = zone or local_zone()
        self.settings = SettingsService(store)
        self.calendars = CalendarService(store, clock, self.zone)
        self.cases = CaseService(store, self.settings, self.calendars, clock, self.zone)
        # told of every change to the Trash; here, so that the window listens before the
        # Trash's service is first made (at the first delete: its modules cost start-up time)
        self.trash_watchers: Watchers[TrashChange] = Watchers()

    @cached_property
    def documents(self) -> DocumentService:
        from desktop.services.documents import DocumentService

        return DocumentService(self.cases, self.settings, self.clock, self.zone)

    @cached_property
    def customers(self) -> CustomerService:
        from desktop.services.customers import CustomerService

        return CustomerService(self.store)

    @cached_property
    def data(self) -> DataService:
        from desktop.services.data import DataService

        return DataService(self.store, self.clock)

    @cached_property
    def backup_privacy(self) -> BackupPrivacyService:
        from desktop.services.backup_privacy import BackupPrivacyService

        return BackupPrivacyService(self.store)

    @cached_property
    def journal(self) -> JournalService:
        from desktop.services.journal import JournalService

        return JournalService(self.store, self.clock, self.zone)

    @cached_property
    def goals(self) -> GoalService:
        from desktop.services.goals import GoalService

        return GoalService(self.store, self.clock, self.zone)

    @cached_property
    def insights(self) -> InsightsService:
        from desktop.services.insights import InsightsService

        return InsightsService(self.store, self.clock, self.zone, self.journal)

    @cached_property
    def library(self) -> LibraryService:
        from desktop.services.library import LibraryService

        return LibraryService(self.store, self.settings, self.clock, self.zone)

    @cached_property
    def checklists(self) -> ChecklistService:
        from desktop.services.checklists import ChecklistService

        return ChecklistService(self.store, self.clock, self.zone)

    @cached_property
    def inbound(self) -> InboundService:
        from desktop.services.inbound import InboundService

        return InboundService(self.store, self.cases, self.clock, self.zone)

    @cached_property
    def precedents(self) -> PrecedentService:
        from desktop.services.precedents import PrecedentService

        return PrecedentService(self.store)

    @cached_property
    def suggestions(self) -> SuggestionService:
        from desktop.services.suggestions import SuggestionService

        return SuggestionService(self.store, self.clock)

    @cached_property
    def trash(self) -> TrashService:
        from desktop.services.trash import TrashService

        # the journal (and its cryptography) is made when the Trash first needs it
        return TrashService(
            self.store, lambda: self.journal, self.clock, self.zone, self.trash_watchers
        )

    @cached_property
    def templates(self) -> TemplateService:
        from desktop.services.templates import TemplateService

        return TemplateService(self.settings)

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
