"""Backups, retention, restore, and moving everything to a new laptop."""

from __future__ import annotations

import sqlite3
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest

from desktop.domain.errors import StoreError
from desktop.paths import DataFolder
from desktop.services import Services
from desktop.services.demo import fill_demo
from desktop.store.archive import MANIFEST, ArchiveError


def tables(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    names = [
        name
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'case_fts%' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    content = {
        name: sorted(conn.execute(f"SELECT * FROM {name}").fetchall(), key=repr) for name in names
    }
    conn.close()
    return content


@pytest.fixture
def demo(services):
    fill_demo(services.store, services.clock, 40, 5)
    case = services.cases.rows.__self__.create()
    evidence = services.folder.root / "log.txt"
    evidence.write_text("ERROR 2026-11-20 backup skipped\n")
    services.cases.add_evidence_file(case.id, evidence)
    return services


def test_a_backup_is_verified_and_old_ones_are_thinned(demo, clock):
    from desktop.domain.retention import RetentionPolicy

    demo.data.set_retention(RetentionPolicy(recent_days=0, daily=2, weekly=0, monthly=0))
    made = []
    for _ in range(5):
        made.append(demo.data.backup_now())
        clock.advance(days=1)
    kept = [backup.path for backup in demo.data.backups()]
    assert kept == list(reversed(made[-3:]))  # the newest, then one a day for two days
    with zipfile.ZipFile(kept[0]) as archive:
        names = archive.namelist()
    assert MANIFEST in names and "turnaround.db" in names
    assert any(name.startswith("attachments/") for name in names)


def test_a_daily_backup_is_due_after_a_day(demo, clock):
    assert demo.data.backup_is_due()
    demo.data.backup_now()
    assert not demo.data.backup_is_due()
    clock.advance(hours=25)
    assert demo.data.backup_is_due()


def test_export_and_import_move_every_table_and_file(demo, tmp_path, clock):
    before = tables(demo.folder.database)
    exported = demo.data.export_all(tmp_path / "move.turnaround")
    new_laptop = Services.open(DataFolder(tmp_path / "new").ensure(), clock)
    new_laptop.data.import_all(exported)
    assert tables(new_laptop.folder.database) == before
    case = new_laptop.cases.find(
        demo.cases.rows.__self__.rows(
            __import__("desktop.domain.case_query", fromlist=["CaseQuery"]).CaseQuery(), 0, 1
        )[0].number
    )
    assert case is not None
    evidence = tables(new_laptop.folder.database)["evidence"]
    [evidence_case] = [row for row in evidence if row[2] == "file"]  # the demo's are notes
    stored = new_laptop.folder.attachments / evidence_case[6]
    assert stored.read_text() == "ERROR 2026-11-20 backup skipped\n"
    assert new_laptop.cases.count(
        __import__("desktop.domain.case_query", fromlist=["x"]).CaseQuery(text="报表")
    ) == demo.cases.count(
        __import__("desktop.domain.case_query", fromlist=["x"]).CaseQuery(text="报表")
    )
    new_laptop.close()


def test_restore_keeps_the_current_data_aside(demo, clock):
    backup = demo.data.backup_now()
    number = demo.cases.create().number
    aside = demo.data.restore(backup)
    assert (aside / "turnaround.db").exists()
    with pytest.raises(Exception, match="no case"):
        demo.cases.find(number)  # the restored data is from before that case
    assert sqlite3.connect(aside / "turnaround.db").execute(
        "SELECT COUNT(*) FROM cases WHERE number = ?", (number,)
    ).fetchone() == (1,)


@pytest.mark.parametrize(
    "damage",
    [
        "not a zip",
        "truncated",
        "newer",
        "zip slip",
        "bad checksum",
        "no manifest",
        "huge",
        "absolute path",
    ],
)
def test_bad_archives_are_refused_and_nothing_changes(demo, tmp_path, damage):
    good = demo.data.export_all(tmp_path / "good.turnaround")
    bad = tmp_path / "bad.turnaround"
    if damage == "not a zip":
        bad.write_text("hello")
    elif damage == "truncated":
        bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    else:
        with zipfile.ZipFile(good) as source, zipfile.ZipFile(bad, "w") as target:
            for entry in source.infolist():
                data = source.read(entry)
                if entry.filename == MANIFEST and damage == "newer":
                    data = data.replace(b'"version": 1', b'"version": 99')
                if entry.filename == MANIFEST and damage == "no manifest":
                    continue
                if entry.filename == "turnaround.db" and damage == "bad checksum":
                    data = data[:-10] + b"0123456789"
                target.writestr(entry, data)
            if damage == "zip slip":
                target.writestr("../../evil.txt", "escaped")
            if damage == "absolute path":
                target.writestr("/tmp/evil.txt", "escaped")
            if damage == "huge":
                info = zipfile.ZipInfo("attachments/huge.bin")
                target.writestr(info, b"0" * 1024, compress_type=zipfile.ZIP_DEFLATED)
        if damage == "huge":  # claim 1 TB unpacked without writing it
            import desktop.store.archive as archive

            archive_limit = archive.MAX_TOTAL
            archive.MAX_TOTAL = 512
    before = tables(demo.folder.database)
    try:
        with pytest.raises(ArchiveError):
            demo.data.restore(bad)
    finally:
        if damage == "huge":
            archive.MAX_TOTAL = archive_limit
    assert tables(demo.folder.database) == before
    assert not (tmp_path.parent / "evil.txt").exists()
    assert not any(path.name.startswith("before-restore") for path in demo.folder.root.iterdir())


def test_a_damaged_database_stops_all_writing(demo):
    demo.store.damaged = True
    with pytest.raises(StoreError, match="damaged"):
        demo.cases.create()


def test_thinning_counts_must_be_sensible(demo):
    from desktop.domain.errors import ValidationError
    from desktop.domain.retention import RetentionPolicy

    with pytest.raises(ValidationError):
        demo.data.set_retention(RetentionPolicy(daily=-1))
    assert demo.data.retention() == RetentionPolicy()
    _ = timedelta
