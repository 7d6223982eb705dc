"""The command line: the options shared with the window, and the headless subcommands.

Nothing here imports Qt: `turnaround demo` and friends run on a machine with no display.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import __version__
from desktop.domain.enums import Language
from desktop.domain.errors import DataError, TurnaroundError
from desktop.paths import DataFolder, DataFolderError, data_folder

if TYPE_CHECKING:
    from desktop.domain.complaint import Case
    from desktop.services import Services

VIEWS = ("cases", "journal", "goals", "library", "checklists", "insights", "settings")
log = logging.getLogger(__name__)


class CommandError(Exception):
    """A subcommand failed in a way the user can fix: one line on stderr, exit 1."""


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="use this data folder (also: TURNAROUND_HOME)",
    )
    common.add_argument(
        "--lang",
        choices=("zh_CN", "en"),
        default=argparse.SUPPRESS,
        help="language of the window and the documents",
    )
    common.add_argument(
        "--theme",
        choices=("system", "light", "dark"),
        default=argparse.SUPPRESS,
        help="light or dark colours for this run (Settings keep the lasting choice)",
    )
    parser = argparse.ArgumentParser(
        prog="turnaround",
        parents=[common],
        description="Turnaround (化危为机): handle a customer complaint from the first call "
        "to the lesson learned. With no command, opens the window; with a .lessons.zip or "
        ".turnaround file, opens the window and that file's import preview.",
    )
    parser.add_argument("--version", action="version", version=f"turnaround {__version__}")
    parser.add_argument(
        "--screenshot", metavar="FILE", help="open the window, save it as a PNG image and exit"
    )
    parser.add_argument(
        "--sample",
        action="store_true",
        help="open sample data, in its own folder beside yours (filled the first time)",
    )
    parser.add_argument(
        "--view",
        choices=VIEWS,
        default="cases",
        help="the view to show first (with --screenshot: the view to capture)",
    )
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = commands.add_parser("demo", parents=[common], help="fill the data folder with demo data")
    demo.add_argument("--cases", type=_positive, default=200, help="how many cases (200)")
    demo.add_argument("--seed", type=int, default=1, help="random seed (1)")
    search = commands.add_parser(
        "search", parents=[common], help="print the cases whose text contains TEXT, one per line"
    )
    search.add_argument("text", metavar="TEXT")
    search.add_argument("--limit", type=_positive, default=50, help="at most this many (50)")
    ics = commands.add_parser(
        "ics", parents=[common], help="write every open commitment to an iCalendar file"
    )
    ics.add_argument("--out", required=True, metavar="FILE.ics")
    commands.add_parser(
        "backup",
        parents=[common],
        help="make a verified backup now (old ones beyond the limit are removed)",
    )
    commands.add_parser(
        "check", parents=[common], help="check the database for damage (exit 1 when damaged)"
    )
    restore = commands.add_parser(
        "restore",
        parents=[common],
        help="replace the data with a backup (the current data is kept aside)",
    )
    restore.add_argument("file", metavar="FILE")
    export = commands.add_parser(
        "export", parents=[common], help="write all data, files included, to one file"
    )
    export.add_argument("file", metavar="FILE")
    import_ = commands.add_parser(
        "import",
        parents=[common],
        help="replace the data with an exported file (the current data is kept aside)",
    )
    import_.add_argument("file", metavar="FILE")
    intake = commands.add_parser(
        "intake",
        parents=[common],
        help="make a new case from a customer's mail (.eml) or message (.txt; - reads stdin)",
    )
    intake.add_argument("file", metavar="FILE")
    calendar = commands.add_parser(
        "calendar",
        parents=[common],
        help="print the working calendar in use, or when N working hours from a time run out",
    )
    calendar.add_argument("--year", type=int, metavar="YYYY", help="the year to list (this year)")
    calendar.add_argument(
        "--from", dest="start", metavar='"YYYY-MM-DD HH:MM"', help="count working hours from then"
    )
    calendar.add_argument("--hours", type=float, metavar="N", help="how many working hours")
    calendar.add_argument("--customer", default="", metavar="NAME", help="that customer's calendar")
    for name, help_text in (
        ("letter", "export the apology letter of a case as PDF"),
        ("report", "export the improvement report of a case as PDF"),
        ("brief", "export the escalation brief of a case as PDF"),
    ):
        document = commands.add_parser(name, parents=[common], help=help_text)
        document.add_argument("case", metavar="CASE", help="the case number, e.g. C-2026-0012")
        document.add_argument("--out", required=True, metavar="FILE.pdf")
        if name == "letter":
            document.add_argument(
                "--fill",
                action="append",
                default=[],
                metavar="NAME=TEXT",
                help="what the letter says where the case is silent: issue, what_happened, "
                "compensation, commitment, commitment_due (YYYY-MM-DD), subject, salutation",
            )
    return parser


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text}") from None
    if not 0 < value <= 1_000_000:
        raise argparse.ArgumentTypeError("must be between 1 and 1000000")
    return value


# a file double-clicked in the file manager (`turnaround FILE`): its import preview opens
OPENABLE = (".lessons", ".lessons.zip", ".turnaround")
VALUE_OPTIONS = ("--data-dir", "--lang", "--theme", "--screenshot", "--view")


def file_to_open(arguments: list[str]) -> tuple[list[str], str | None]:
    """The arguments without the file the window is asked to open, and that file."""
    for index, token in enumerate(arguments):
        if token in COMMANDS:
            break  # a command's own arguments
        if token.startswith("-") or (index and arguments[index - 1] in VALUE_OPTIONS):
            continue
        if token.lower().endswith(OPENABLE):
            return arguments[:index] + arguments[index + 1 :], token
    return arguments, None


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    arguments = sys.argv[1:] if argv is None else list(argv)
    arguments, opened = file_to_open(arguments)
    # the window's own options parse without the commands' parsers (7 ms of its start-up);
    # anything else (a command, help, a mistake) is parsed, or told, by the whole parser
    asked_for_help = bool({"-h", "--help"} & set(arguments))  # the commands are listed too
    args, rest = (
        (None, [])
        if asked_for_help
        else build_parser(with_commands=False).parse_known_args(arguments)
    )
    if args is None or rest:
        args = build_parser().parse_args(arguments)
    for name, value in vars(args).items():
        if name in PATH_ARGUMENTS:
            continue
        if isinstance(value, str):
            setattr(args, name, clean_argument(value))
        elif isinstance(value, list):
            setattr(args, name, [clean_argument(item) for item in value])
    args.open_file = opened if not args.command else None
    return args


PATH_ARGUMENTS = ("file", "out", "data_dir", "screenshot", "open_file")


def clean_argument(value: str) -> str:
    """Bytes that are not UTF-8 reach Python as lone surrogates: they become U+FFFD, so no
    later step can fail to encode them. File names are left alone (they must still match)."""
    return value.encode("utf-8", "replace").decode("utf-8") if _has_surrogate(value) else value


def _has_surrogate(value: str) -> bool:
    return any("\ud800" <= char <= "\udfff" for char in value)


def folder_from(args: argparse.Namespace) -> DataFolder:
    return data_folder(getattr(args, "data_dir", None)).ensure()


def run(args: argparse.Namespace) -> int:
    """Run a subcommand; errors become lines on stderr, in the user's language, exit code 1."""
    handler = COMMANDS[args.command]
    try:
        return handler(args)
    except BrokenPipeError:
        # the reader went away (`turnaround search x | head`): not an error of ours
        sys.stderr.close()
        return 0
    except (TurnaroundError, DataFolderError, CommandError, OSError) as error:
        log.exception("command %s failed", args.command)
        print(f"turnaround {args.command}: {_told(error, args)}", file=sys.stderr)
        return 1


def _told(error: BaseException, args: argparse.Namespace) -> str:
    from desktop.domain.errors import user_message

    return user_message(error, terminal_language(args))


def _open_services(args: argparse.Namespace, holding: bool = False) -> Services:
    """The services on the data folder, after a quick check of the database: a command never
    writes into a damaged file. `holding`: the caller holds the folder's lock."""
    from desktop.services import Services
    from desktop.services.folder import tidy_when_free
    from desktop.store.db import refuse_unusable_file
    from desktop.store.integrity import check_file

    folder = folder_from(args)
    if not holding:
        tidy_when_free(folder)
    if os.path.lexists(folder.database):
        try:
            refuse_unusable_file(folder.database)
        except DataError as error:
            if error.code != "db_empty":
                raise
            raise CommandError(_damaged_advice(folder, "", args, error)) from error
    problems = check_file(folder.database, thorough=False)
    if problems:
        raise CommandError(_damaged_advice(folder, problems[0], args))
    return Services.open(folder)


def _damaged_advice(
    folder: DataFolder, problem: str, args: argparse.Namespace, error: DataError | None = None
) -> str:
    from desktop.domain.catalog import text
    from desktop.services.data import latest_good_backup

    language = terminal_language(args)
    told = error or DataError("db_damaged", path=folder.database, detail=problem)
    lines = [told.message(language)]
    backup = latest_good_backup(folder)
    if backup is not None:
        lines.append(text("cli.restore_with", language, command=f"turnaround restore {backup}"))
    return "\n".join(lines)


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop.services.demo import fill_demo
    from desktop.services.folder import hold_folder_or_refuse

    folder = folder_from(args)
    with hold_folder_or_refuse(folder, "demo"):
        services = _open_services(args, holding=True)
        try:
            language = language_of(args, services)
            added = fill_demo(
                services.store, services.clock, args.cases, args.seed, language, services.zone
            )
        finally:
            services.close()
    print(f"added {added} demo cases to {folder.root}")
    return 0


def terminal_language(args: argparse.Namespace) -> Language:
    """--lang, else the terminal's locale: messages before the database is open."""
    chosen = getattr(args, "lang", None)
    if chosen:
        return Language.parse(chosen)
    return Language.parse(
        os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG")
    )


def language_of(args: argparse.Namespace, services: Services) -> Language:
    chosen = getattr(args, "lang", None)
    if chosen:
        return Language.parse(chosen)
    setting = services.settings.language()
    if setting in ("zh_CN", "en"):
        return Language(setting)
    return terminal_language(args)


def cmd_search(args: argparse.Namespace) -> int:
    from desktop.domain.case_query import CaseQuery
    from desktop.domain.catalog import label

    services = _open_services(args)
    try:
        language = language_of(args, services)
        rows = services.cases.rows(CaseQuery(text=args.text), 0, args.limit)
        snippets = [services.cases.snippet(row.id, args.text) for row in rows]
    finally:
        services.close()
    for row, snippet in zip(rows, snippets, strict=True):
        status = label(row.status, language)
        print("\t".join([row.number, row.customer, status, row.title, snippet]))
    return 0


def cmd_ics(args: argparse.Namespace) -> int:
    services = _open_services(args)
    try:
        count = services.cases.export_calendar(Path(args.out), language_of(args, services))
    finally:
        services.close()
    print(f"wrote {count} commitments to {args.out}")
    return 0


def cmd_document(args: argparse.Namespace) -> int:
    services = _open_services(args)
    try:
        case = services.cases.find(args.case)
        out = Path(args.out)
        if args.command == "letter":
            _export_letter(args, services, case, out)
        else:
            services.documents.export(args.command, case.id, language_of(args, services), out)
    finally:
        services.close()
    print(f"wrote {out}")
    return 0


LETTER_FILLS = ("issue", "what_happened", "compensation", "commitment", "commitment_due")


def _export_letter(args: argparse.Namespace, services: Services, case: Case, out: Path) -> None:
    """The letter in --lang, else the customer's language; --fill gives what the case lacks."""
    import dataclasses

    documents = services.documents
    chosen = getattr(args, "lang", None)
    language = Language.parse(chosen) if chosen else documents.letter_language(case)
    given = dict(item.split("=", 1) for item in args.fill if "=" in item)
    unknown = sorted(set(given) - set(LETTER_FILLS) - {"subject", "salutation"})
    if unknown:
        raise CommandError(f"unknown --fill name(s): {', '.join(unknown)}")
    facts = documents.letter_facts(case, language)
    due = given.pop("commitment_due", "")
    values = {name: value for name, value in given.items() if name in LETTER_FILLS}
    facts = dataclasses.replace(facts, **values)
    if due:
        facts = dataclasses.replace(facts, commitment_due=_end_of_day(due, services))
    fresh = bool(values or due)
    draft = documents.letter_draft(case, language, facts, fresh=fresh)
    draft = dataclasses.replace(
        draft,
        subject=given.get("subject", draft.subject),
        salutation=given.get("salutation", draft.salutation),
    )
    documents.export_letter(case.id, out, draft, facts)


def _end_of_day(text: str, services: Services) -> datetime:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise CommandError(f"not a date (YYYY-MM-DD): {text}") from None
    return datetime.combine(day, time(18, 0), services.zone)


def cmd_backup(args: argparse.Namespace) -> int:
    services = _open_services(args)
    try:
        path = services.data.backup_now()
    finally:
        services.close()
    print(f"backed up to {path}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """A thorough check that never writes; on damage, points at the latest good backup."""
    from desktop.services.data import latest_good_backup
    from desktop.store.integrity import check_file

    folder = folder_from(args)
    problems = check_file(folder.database, thorough=True)
    if not problems:
        print(f"{folder.database}: ok")
        return 0
    print(f"turnaround check: {folder.database} is damaged: {problems[0]}", file=sys.stderr)
    backup = latest_good_backup(folder)
    if backup is not None:
        print(
            f"turnaround check: restore the latest backup with: turnaround restore {backup}",
            file=sys.stderr,
        )
    return 1


def cmd_restore(args: argparse.Namespace) -> int:
    """Restores even when the current database cannot be opened (that is when it is needed).
    Refused while the window (or another command) holds the data folder: the window would
    go on writing into the data that was moved aside."""
    from desktop.services.clock import system_clock
    from desktop.services.data import restore_folder
    from desktop.services.folder import hold_folder_or_refuse

    folder = folder_from(args)
    source = Path(args.file)
    if not source.is_file():
        raise CommandError(f"no such file: {source}")
    with hold_folder_or_refuse(folder, args.command):
        aside = restore_folder(folder, source, system_clock(), "before-" + args.command)
    print(f"restored {source}; the previous data is in {aside}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    services = _open_services(args)
    try:
        path = services.data.export_all(Path(args.file))
    finally:
        services.close()
    print(f"exported everything to {path}")
    return 0


def cmd_intake(args: argparse.Namespace) -> int:
    from desktop.cli_intake import cmd_intake as intake

    return intake(args)


def cmd_calendar(args: argparse.Namespace) -> int:
    from desktop.cli_calendar import cmd_calendar as calendar

    return calendar(args)


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "backup": cmd_backup,
    "check": cmd_check,
    "restore": cmd_restore,
    "export": cmd_export,
    "import": cmd_restore,
    "letter": cmd_document,
    "report": cmd_document,
    "brief": cmd_document,
    "demo": cmd_demo,
    "search": cmd_search,
    "ics": cmd_ics,
    "intake": cmd_intake,
    "calendar": cmd_calendar,
}
