"""Backups that a kill, a twin in the same second, a malformed file or a full disk cannot
break; archives and lessons files whose manifests lie are refused, never crash."""

from __future__ import annotations

import errno
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from desktop.domain.enums import Language
from desktop.domain.errors import DataError, ValidationError
from desktop.services.folder import tidy
from desktop.store.archive import MANIFEST, ArchiveError, read_manifest


def test_scratch_copies_left_by_a_killed_backup_are_removed_at_the_next_start(services):
    backups = services.folder.backups
    for name in (".partial-999999-abc", "tmpk2j4h5l1"):  # a dead process; an older version's
        (backups / name).mkdir()
        (backups / name / "turnaround.db").write_bytes(b"x" * 1000)
    mine = backups / ".partial-1-live"  # a backup another live process is making: left alone
    mine.mkdir()
    (services.folder.root / ".incoming-x").mkdir()
    tidy(services.folder)
    assert sorted(path.name for path in backups.iterdir()) == [mine.name]
    assert not (services.folder.root / ".incoming-x").exists()


def test_two_backups_in_the_same_second_both_stay(services):
    first = services.data.backup_now()
    second = services.data.backup_now()
    assert first != second and first.exists() and second.exists()
    assert len(services.data.backups()) == 2


@pytest.mark.parametrize(
    "content",
    [
        b"garbage",
        b"",
        "manifest-list",
        "no-created-at",
        "naive-created-at",
        "files-a-list",
        "version-text",
        "deep",
    ],
)
def test_one_malformed_file_in_backups_never_stops_backups(services, clock, content):
    services.data.backup_now()
    bad = services.folder.backups / "turnaround-2026-01-01T000000Z.turnaround"
    write_malformed(bad, content, services.data.backups()[0].path)
    assert len(services.data.backups()) == 1
    clock.advance(days=2)
    assert services.data.backup_is_due()
    services.data.backup_now()
    assert len(services.data.backups()) == 2
    (services.folder.backups / "a-folder.turnaround").mkdir()
    services.data.thin()


def write_malformed(path: Path, content: bytes | str, good: Path) -> None:
    if isinstance(content, bytes):
        path.write_bytes(content)
        return
    with zipfile.ZipFile(good) as archive:
        manifest = json.loads(archive.read(MANIFEST))
    if content == "manifest-list":
        body = json.dumps([manifest])
    elif content == "deep":
        body = "[" * 100_000 + "]" * 100_000
    else:
        if content == "no-created-at":
            del manifest["created_at"]
        if content == "naive-created-at":
            manifest["created_at"] = "2026-01-01T00:00:00"
        if content == "files-a-list":
            manifest["files"] = list(manifest["files"])
        if content == "version-text":
            manifest["version"] = "1"
        body = json.dumps(manifest)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(MANIFEST, body)


@pytest.mark.parametrize(
    "content", ["manifest-list", "files-a-list", "version-text", "deep", "no-created-at"]
)
def test_a_malformed_manifest_is_refused_with_a_clear_message(services, tmp_path, content):
    good = services.data.backup_now()
    bad = tmp_path / "bad.turnaround"
    write_malformed(bad, content, good)
    with pytest.raises(ArchiveError) as refused:
        services.data.restore(bad)
    assert "不是“化危为机”的备份文件" in refused.value.message(Language.ZH)


def test_a_huge_manifest_is_not_read(services, tmp_path, monkeypatch):
    import desktop.store.archive as archive_module

    good = services.data.backup_now()
    monkeypatch.setattr(archive_module, "MAX_MANIFEST", 64)
    with pytest.raises(ArchiveError):
        read_manifest(good)


def test_only_regular_files_are_read_as_archives_or_lessons(services):
    with pytest.raises(ArchiveError) as refused:
        services.data.restore(Path("/dev/zero"))
    assert refused.value.code == "archive_not_file"
    with pytest.raises(ValidationError):
        services.library.preview_share(Path("/dev/zero"))


def test_a_lessons_file_with_a_malformed_manifest_is_refused(services, tmp_path):
    bad = tmp_path / "lessons.zip"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr(
            "manifest.json",
            json.dumps({"format": "turnaround-lessons", "version": 1, "files": ["lessons.json"]}),
        )
        archive.writestr("lessons.json", "[]")
    with pytest.raises(ValidationError):
        services.library.preview_share(bad)


def test_a_full_disk_is_told_as_such_when_saving(services):
    services.store.conn.execute("PRAGMA max_page_count = 1")  # as full as a disk can be
    case_text = "长" * 50_000
    with pytest.raises(DataError) as refused:
        case = services.cases.create()
        services.cases.update_intake(case.id, complaint_text=case_text)
    assert refused.value.code == "disk_full"
    assert "磁盘已满" in refused.value.message(Language.ZH)
    assert "damaged" not in str(refused.value)


def test_a_full_disk_during_a_backup_or_export_is_told_as_such(services, tmp_path, monkeypatch):
    import desktop.store.archive as archive_module

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(archive_module, "_sha256", full)
    with pytest.raises(ArchiveError) as refused:
        services.data.backup_now()
    assert refused.value.code == "disk_full"
    with pytest.raises(ArchiveError):
        services.data.export_all(tmp_path / "all.turnaround")
    assert not list(services.folder.backups.iterdir())  # no partial folder left behind


def test_a_full_disk_during_backup_on_the_command_line_gives_a_message(
    services, monkeypatch, capsys
):
    import desktop.store.archive as archive_module
    from desktop.app import main

    real_connect = sqlite3.connect

    def connect(path, *args, **kwargs):
        conn = real_connect(path, *args, **kwargs)
        if str(path).endswith("turnaround.db") and ".partial-" in str(path):
            conn.execute("PRAGMA max_page_count = 2")
        return conn

    monkeypatch.setattr(archive_module.sqlite3, "connect", connect)
    services.cases.create()
    assert main(["backup", "--data-dir", str(services.folder.root)]) == 1
    err = capsys.readouterr().err
    assert "The disk is full" in err and "Traceback" not in err


def test_a_restored_archive_gives_owner_only_files(services, tmp_path):
    case = services.cases.create()
    evidence = tmp_path / "shared.txt"
    evidence.write_text("evidence")
    evidence.chmod(0o644)
    services.cases.add_evidence_file(case.id, evidence)
    services.data.restore(services.data.export_all(tmp_path / "all.turnaround"))
    for path in services.folder.attachments.rglob("*"):
        expected = 0o700 if path.is_dir() else 0o600
        assert path.stat().st_mode & 0o777 == expected, path
