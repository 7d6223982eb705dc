"""Replacing the data folder's contents with a verified, unpacked archive, so that a process
killed at any moment leaves a folder that opens with either the old or the new data.

The swap is written down first (`.swap.json`: where the incoming files are, where the current
ones go, which phase it is in) and always rolled forward: the incoming files were verified and
migrated before the note was written, so finishing is always possible. Whoever holds the
folder's lock finishes an interrupted swap before opening the database.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import tempfile
from pathlib import Path

from desktop.paths import DB_FILE

log = logging.getLogger(__name__)
MARKER = ".swap.json"
INCOMING_PREFIX = ".incoming-"
PARTIAL_PREFIX = ".partial-"  # an archive being written; left behind only by a killed process


def _items() -> tuple[str, ...]:
    """What a swap moves. The old database's journal files leave before the database itself:
    a database never sits next to a journal that is not its own."""
    # imported here: every start asks interrupted(), and archive's imports cost start-up time
    from desktop.store.archive import FOLDERS

    return (f"{DB_FILE}-wal", f"{DB_FILE}-shm", DB_FILE, *FOLDERS)


def incoming_folder(root: Path) -> Path:
    """An empty folder inside the data folder (same file system: every move is a rename)."""
    return Path(tempfile.mkdtemp(dir=root, prefix=INCOMING_PREFIX))


def swap_in(root: Path, incoming: Path, aside: Path) -> Path:
    """Move the current data into `aside` and the incoming data in; returns `aside`."""
    aside.mkdir(mode=0o700)
    _write_marker(root, {"incoming": incoming.name, "aside": aside.name, "phase": "aside"})
    _finish(root, incoming, aside, "aside")
    return aside


def interrupted(root: Path) -> bool:
    return (root / MARKER).exists()


def finish_interrupted_swap(root: Path) -> Path | None:
    """Complete a swap a killed process left half done; the folder where the old data went,
    or None when there was none. Call only while holding the folder's lock."""
    marker = root / MARKER
    try:
        note = json.loads(marker.read_text(encoding="utf-8"))
        incoming, aside, phase = root / note["incoming"], root / note["aside"], note["phase"]
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        log.error("the note of an interrupted restore cannot be read; it is kept aside")
        os.replace(marker, root / f"{MARKER}.unreadable")
        return None
    log.warning("finishing a restore that was interrupted (phase %s)", phase)
    if not incoming.is_dir():  # it had finished but for removing the note
        marker.unlink()
        return aside
    _finish(root, incoming, aside, phase)
    return aside


def remove_leftovers(root: Path) -> list[Path]:
    """Scratch folders a killed import or backup left (full copies of the database): removed.
    Call only while holding the folder's lock, and after finishing an interrupted swap."""
    removed = []
    candidates = [*root.glob(f"{INCOMING_PREFIX}*"), *root.glob(".restoring-*")]
    backups = root / "backups"
    if backups.is_dir():
        candidates += [path for path in backups.glob(f"{PARTIAL_PREFIX}*")]
        # what versions up to 0.9 left: tempfile's own names
        candidates += [path for path in backups.glob("tmp*") if (path / DB_FILE).exists()]
    for path in candidates:
        if path.is_dir() and not path.is_symlink() and not _owned_by_live_process(path):
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    if removed:
        log.info("removed %d scratch folders left by killed processes", len(removed))
    return removed


def _owned_by_live_process(path: Path) -> bool:
    """A backup's scratch folder names its process (.partial-<pid>-…): a running backup of
    another process (the command line beside the window) is left alone."""
    if not path.name.startswith(PARTIAL_PREFIX):
        return False
    pid_text = path.name[len(PARTIAL_PREFIX) :].split("-", 1)[0]
    if not pid_text.isdigit() or int(pid_text) == os.getpid():
        return False
    try:
        os.kill(int(pid_text), 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def _finish(root: Path, incoming: Path, aside: Path, phase: str) -> None:
    items = _items()
    if phase == "aside":
        for name in items:
            if (root / name).exists():
                os.replace(root / name, _free_name(aside / name))
        _sync_folder(aside)
        _sync_folder(root)
        _write_marker(root, {"incoming": incoming.name, "aside": aside.name, "phase": "in"})
    for name in items:
        if not (incoming / name).exists():
            continue
        if (root / name).exists():  # made by a start after the kill (an empty attachments/)
            os.replace(root / name, _free_name(aside / name))
        os.replace(incoming / name, root / name)
    (root / "attachments").mkdir(exist_ok=True, mode=0o700)
    if os.name == "posix":
        os.chmod(root / DB_FILE, os.stat(root / DB_FILE).st_mode & 0o700 | 0o600)
    _sync_folder(root)
    (root / MARKER).unlink()
    _sync_folder(root)
    shutil.rmtree(incoming, ignore_errors=True)


def _free_name(path: Path) -> Path:
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.name}.{number}")
    return candidate


def _write_marker(root: Path, note: dict[str, str]) -> None:
    partial = root / f"{MARKER}.part"
    with open(partial, "w", encoding="utf-8") as handle:
        json.dump(note, handle)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, root / MARKER)
    _sync_folder(root)


def _sync_folder(folder: Path) -> None:
    """Renames are durable only once their folder is synced (POSIX; Windows has no such call)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
