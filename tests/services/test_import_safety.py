"""Import and restore check the incoming data before anything changes, and a swap cut short
by a kill is finished at the next start: the folder opens with the old data or the new, never
neither. Every test here failed before the fix it names."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

from desktop.domain.case_query import CaseQuery
from desktop.domain.enums import Language
from desktop.paths import DataFolder
from desktop.services import Services
from desktop.services.folder import tidy
from desktop.store import swap
from desktop.store.archive import MANIFEST, ArchiveError


def folder_state(root: Path) -> dict[str, str]:
    """Every file of the data folder and its checksum; the logs and the empty lock file (made
    by whoever asks for the folder) are not data."""
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "logs" not in path.parts and path.name != ".lock"
    }


def rewrite_archive(source: Path, target: Path, database: Path) -> Path:
    """The archive with its database replaced and the manifest's checksums made right:
    everything about it is valid but what the database holds."""
    digest = hashlib.sha256(database.read_bytes()).hexdigest()
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        manifest = json.loads(old.read(MANIFEST))
        manifest["files"]["turnaround.db"] = digest
        new.writestr(MANIFEST, json.dumps(manifest))
        for entry in old.infolist():
            if entry.filename == MANIFEST:
                continue
            data = database.read_bytes() if entry.filename == "turnaround.db" else old.read(entry)
            new.writestr(entry.filename, data)
    return target


@pytest.fixture
def exported(services, tmp_path) -> Path:
    case = services.cases.create()
    evidence = tmp_path / "log.txt"
    evidence.write_text("ERROR report template\n")
    services.cases.add_evidence_file(case.id, evidence)
    return services.data.export_all(tmp_path / "good.turnaround")


def newer_database(exported: Path, tmp_path: Path) -> Path:
    with zipfile.ZipFile(exported) as archive:
        (tmp_path / "newer.db").write_bytes(archive.read("turnaround.db"))
    conn = sqlite3.connect(tmp_path / "newer.db")
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('turnaround', '0099_from_the_future', '2027-01-01')"
    )
    conn.commit()
    conn.close()
    return tmp_path / "newer.db"


def foreign_database(tmp_path: Path) -> Path:
    conn = sqlite3.connect(tmp_path / "foreign.db")
    conn.execute("CREATE TABLE cases (id INTEGER PRIMARY KEY, shopping TEXT)")
    conn.commit()
    conn.close()
    return tmp_path / "foreign.db"


@pytest.mark.parametrize("kind", ["newer", "foreign"])
def test_an_archive_that_cannot_become_this_versions_data_changes_nothing(
    services, exported, tmp_path, kind
):
    database = newer_database(exported, tmp_path) if kind == "newer" else foreign_database(tmp_path)
    bad = rewrite_archive(exported, tmp_path / "bad.turnaround", database)
    before = folder_state(services.folder.root)
    with pytest.raises(ArchiveError) as refused:
        services.data.restore(bad)
    assert refused.value.code == f"archive_db_{kind}"
    assert "未做任何更改" in refused.value.message(Language.ZH)
    assert folder_state(services.folder.root) == before
    assert services.cases.count(CaseQuery()) == 1  # and the open store still works


def test_the_command_line_refuses_a_newer_archive_and_the_folder_still_opens(
    services, exported, tmp_path, capsys
):
    from desktop.app import main

    bad = rewrite_archive(exported, tmp_path / "bad.turnaround", newer_database(exported, tmp_path))
    home = DataFolder(tmp_path / "laptop").ensure()
    Services.open(home).close()
    before = folder_state(home.root)
    assert main(["import", str(bad), "--data-dir", str(home.root)]) == 1
    assert "newer version" in capsys.readouterr().err
    assert folder_state(home.root) == before
    Services.open(home).close()


def test_an_older_archive_is_migrated_before_the_swap(services, tmp_path):
    """The incoming database is brought up to date in its scratch folder: what is swapped in
    opens at once."""
    from desktop.store.db import _migrate, connect

    old = tmp_path / "old.db"
    conn = connect(old)
    _migrate(conn, stop_before="0003_lessons")
    conn.close()
    good = services.data.export_all(tmp_path / "good.turnaround")
    archive = rewrite_archive(good, tmp_path / "old.turnaround", old)
    services.data.restore(archive)
    assert services.cases.count(CaseQuery()) == 0


# the renames of a swap: the note, the database and attachments/ aside, the note again,
# the database and attachments/ in
@pytest.mark.parametrize("stop_after", range(1, 7))
def test_a_swap_killed_after_any_step_is_finished_at_the_next_start(
    services, exported, tmp_path, monkeypatch, stop_after
):
    """os.replace is where the folder changes: die after the n-th one, then start again."""
    number = services.cases.create().number
    services.close()
    folder = services.folder
    incoming = swap.incoming_folder(folder.root)
    from desktop.store.archive import extract_archive

    extract_archive(exported, incoming)
    calls = {"n": 0}
    real_replace = swap.os.replace

    class Killed(BaseException):
        pass

    def dying_replace(source, target):
        real_replace(source, target)
        calls["n"] += 1
        if calls["n"] == stop_after:
            raise Killed

    monkeypatch.setattr(swap.os, "replace", dying_replace)
    with pytest.raises(Killed):
        swap.swap_in(folder.root, incoming, folder.root / "before-restore-x")
    monkeypatch.setattr(swap.os, "replace", real_replace)
    folder.ensure()  # what a new start does first (it makes attachments/ again)
    tidy(folder)
    reopened = Services.open(folder)
    try:
        numbers = [row.number for row in reopened.cases.rows(CaseQuery(), 0, 10)]
    finally:
        reopened.close()
    assert number not in numbers and len(numbers) == 1  # the archive's one case: the new data
    assert not swap.interrupted(folder.root)
    assert not list(folder.root.glob(".incoming-*"))
    moved = folder.root / "before-restore-x" / "turnaround.db"
    aside = sqlite3.connect(moved)
    assert aside.execute("SELECT COUNT(*) FROM cases WHERE number = ?", (number,)).fetchone()
    aside.close()


def test_a_database_is_never_opened_while_a_swap_is_unfinished(services, exported):
    services.close()
    incoming = swap.incoming_folder(services.folder.root)
    (services.folder.root / swap.MARKER).write_text(
        json.dumps({"incoming": incoming.name, "aside": "before-x", "phase": "aside"})
    )
    with pytest.raises(ArchiveError.__mro__[1]) as refused:  # DataError
        Services.open(services.folder)
    assert refused.value.code == "swap_in_progress"
    shutil.rmtree(incoming)
