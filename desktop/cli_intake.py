"""`turnaround intake FILE`: a new case from a mail file, a text file or standard input ("-"),
so that a mail client's filter can file each complaint as it arrives."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

from desktop.domain.catalog import text
from desktop.domain.complaint import Case, derive_title
from desktop.domain.dates import local_text
from desktop.domain.enums import Language
from desktop.domain.inbound import InboundMessage
from desktop.paths import DataFolder
from desktop.services import Services
from desktop.services.inbound import MAX_FILE

SHOWN = ("customer", "contact_name", "contact_email", "contact_phone", "received_at", "title")


def cmd_intake(args: argparse.Namespace) -> int:
    from desktop.cli import _open_services, folder_from, language_of
    from desktop.services.folder import hold_folder_or_refuse

    folder = folder_from(args)
    if window_holds(folder):
        return _hand_over(args, folder)
    with hold_folder_or_refuse(folder, "intake"):
        services = _open_services(args, holding=True)
        try:
            message = _read(args.file, services)
            undated = message.received_at is None
            if undated:  # a filter runs as the mail arrives: now is when it was received
                now = services.clock().astimezone(services.zone)
                message = dataclasses.replace(message, received_at=now)
            case, filled = services.inbound.create_case(message)
            language = language_of(args, services)
            lines = report(case, filled, language, services, undated)
        finally:
            services.close()
    print("\n".join(lines))
    return 0


def _read(name: str, services: Services) -> InboundMessage:
    if name == "-":
        return services.inbound.read_bytes(sys.stdin.buffer.read(MAX_FILE + 1), "-")
    return services.inbound.read_file(Path(name))


def report(
    case: Case, filled: list[str], language: Language, services: Services, undated: bool
) -> list[str]:
    """The case's number, then what was filled: one line each, in the user's language."""
    intake = case.intake
    lines = [text("inbound.created", language, number=case.number)]
    for name in SHOWN:
        if name not in filled:
            continue
        if name == "received_at":
            value = local_text(intake.received_at, services.zone)
            if undated:
                value = text("inbound.no_date", language, time=value)
        else:
            value = getattr(intake, name)
        lines.append(text(f"inbound.line.{name}", language, value=value))
    if "complaint_text" in filled:
        title = derive_title(intake.complaint_text)
        lines.append(text("inbound.line.complaint_text", language, value=title))
    return lines


def window_holds(folder: DataFolder) -> bool:
    from desktop.folder_lock import WINDOW, FolderLock

    return FolderLock(folder.root).holder() == WINDOW


def _hand_over(args: argparse.Namespace, folder: DataFolder) -> int:
    """The window has the folder: the message is read here (a bad one refused as always) and
    left in the folder's inbox, which the window files as a case at once."""
    from desktop.cli import terminal_language
    from desktop.services.clock import local_zone, system_clock
    from desktop.services.inbound import MessageReader
    from desktop.services.inbox import hand_over

    reader = MessageReader(system_clock, local_zone())
    if args.file == "-":
        data = sys.stdin.buffer.read(MAX_FILE + 1)
        reader.read_bytes(data, "-")  # a bad message is refused here, as always
    else:
        reader.read_file(Path(args.file))
        data = Path(args.file).read_bytes()
    hand_over(folder, data, args.file)
    print(text("inbound.handed_over", terminal_language(args)))
    return 0
