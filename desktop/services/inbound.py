"""Reading a customer's message into a case: from the clipboard's text, a dropped mail file or
a file given to the command line; filling a case's empty intake fields, or a new case."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import tzinfo
from pathlib import Path

from desktop.domain.complaint import Case
from desktop.domain.inbound import (
    FillPlan,
    InboundError,
    InboundMessage,
    fill_plan,
    parse_eml,
    parse_message,
    text_of,
)
from desktop.domain.inbound_mime import looks_like_source
from desktop.services.cases import CaseService
from desktop.services.clock import Clock
from desktop.store.store import Store

MAX_FILE_MB = 25
MAX_FILE = MAX_FILE_MB * 1024 * 1024


class MessageReader:
    """Reading a message needs no database: the command line reads one while the window holds
    the data folder, to hand it over."""

    def __init__(self, clock: Clock, zone: tzinfo) -> None:
        self.clock = clock
        self.zone = zone

    # --- reading ------------------------------------------------------------------------------
    def read_text(self, text: str) -> InboundMessage:
        """What the clipboard holds: InboundError when it holds nothing to read."""
        return self._usable(parse_message(text, self.clock(), self.zone))

    def read_file(self, path: Path) -> InboundMessage:
        """An .eml file, or a text file holding a copied message."""
        if not path.exists():
            raise InboundError("inbound_missing", path=path)
        if not path.is_file():
            raise InboundError("inbound_not_file", path=path)
        size = path.stat().st_size
        if size > MAX_FILE:
            raise self._too_large(path, size)
        try:
            with path.open("rb") as file:
                data = file.read(MAX_FILE + 1)
        except OSError as error:
            raise InboundError(
                "inbound_unreadable", path=path, detail=error.strerror or error
            ) from error
        return self.read_bytes(data, str(path))

    def read_bytes(self, data: bytes, name: str) -> InboundMessage:
        """`name` is what the user calls the source (a path, or "-" for standard input)."""
        if len(data) > MAX_FILE:
            raise self._too_large(name, len(data))
        if not data.strip():
            raise InboundError("inbound_empty_file", path=name)
        text = text_of(data)
        if text is None:
            raise InboundError("inbound_binary", path=name)
        if name.lower().endswith(".eml") or looks_like_source(text):
            try:
                return self._usable(parse_eml(data, self.zone, self.clock()))
            except InboundError as error:
                if name.lower().endswith(".eml"):
                    raise InboundError("inbound_file_not_mail", path=name) from error
        return self.read_text(text)

    def _too_large(self, name: object, size: int) -> InboundError:
        megabytes = f"{size / 1024 / 1024:.1f}"
        return InboundError("inbound_file_too_large", path=name, size=megabytes, limit=MAX_FILE_MB)

    def _usable(self, message: InboundMessage) -> InboundMessage:
        """A message with something in it, never received after now (a sender's clock may run
        ahead, and the case refuses a future time)."""
        if not (message.complaint_text or message.contact_name or message.contact_email):
            raise InboundError("inbound_no_words")
        now = self.clock()
        if message.received_at is not None and message.received_at > now:
            message = dataclasses.replace(message, received_at=now.astimezone(self.zone))
        return message


class InboundService(MessageReader):
    def __init__(self, store: Store, cases: CaseService, clock: Clock, zone: tzinfo) -> None:
        super().__init__(clock, zone)
        self.store = store
        self.cases = cases

    # --- filling a case -------------------------------------------------------------------------
    def plan(self, case_id: int, message: InboundMessage, blank: Iterable[str] = ()) -> FillPlan:
        """What the message would fill in the case, and where it differs from what was typed."""
        return fill_plan(self.cases.get(case_id).intake, message, blank)

    def fill(self, case_id: int, values: dict[str, object]) -> Case:
        """Fill the intake fields (one transaction); ValidationError changes nothing."""
        return self.cases.update_intake(case_id, **values)

    def create_case(self, message: InboundMessage) -> tuple[Case, list[str]]:
        """A new case holding the message, and the fields it filled; one transaction."""
        with self.store.transaction():
            case = self.cases.create()
            values = fill_plan(case.intake, message).fill
            case = self.cases.update_intake(case.id, **values)
        return case, list(values)
