"""The case library through its service: editing, search, and swapping lessons with a
colleague through a file (both ways, no duplicates; bad files refused, nothing changed)."""

from __future__ import annotations

import hashlib
import json
import zipfile

import pytest

from desktop.domain.enums import ComplaintType, Language
from desktop.domain.errors import ValidationError
from desktop.domain.settings import Profile
from desktop.paths import DataFolder
from desktop.services import Services
from tests.conftest import SHANGHAI


@pytest.fixture
def colleague(tmp_path, clock):
    opened = Services.open(DataFolder(tmp_path / "colleague").ensure(), clock, SHANGHAI)
    opened.settings.save_profile(Profile(name="李工"))
    yield opened
    opened.close()


def add(services, title, **values):
    return services.library.save(0, {"title": title, **values})


def signature(services) -> list[tuple]:
    return sorted(
        (lesson.uuid, lesson.title, lesson.prevention, lesson.origin)
        for lesson in services.library.lessons()
    )


def test_lessons_are_created_edited_and_deleted(services, clock):
    lesson = add(services, "升级前没有备份", tags="备份，升级", complaint_type="technical")
    assert lesson.tags == ["备份", "升级"] and lesson.complaint_type is ComplaintType.TECHNICAL
    clock.advance(hours=1)
    edited = services.library.save(lesson.id, {"prevention": "升级前强制备份校验"})
    assert edited.prevention == "升级前强制备份校验"
    assert edited.updated_at > lesson.updated_at
    with pytest.raises(ValidationError):
        services.library.save(lesson.id, {"title": ""})
    with pytest.raises(ValidationError):
        services.library.save(0, {"problem": "没有标题"})
    assert services.library.get(lesson.id).title == "升级前没有备份"
    services.library.delete([lesson.id])
    assert services.library.lessons() == []


def test_search_finds_chinese_substrings_of_any_length_and_english(services):
    add(services, "报表在月底结账时超时", root_cause="缺少索引")
    add(services, "Upgrade wiped the settings", tags=["upgrade"])
    add(services, "培训不足导致误操作", prevention="上线前培训并签到")
    titles = lambda text: [lesson.title for lesson in services.library.lessons(text)]  # noqa: E731
    assert titles("结账时") == ["报表在月底结账时超时"]
    assert titles("索引") == ["报表在月底结账时超时"]  # two characters: LIKE
    assert titles("upgrade") == ["Upgrade wiped the settings"]
    assert titles("培训 签到") == ["培训不足导致误操作"]
    assert titles("培训 索引") == []
    assert titles('"%_\\') == []


def test_two_data_folders_exchange_lessons_both_ways_without_duplicates(
    services, colleague, tmp_path
):
    services.settings.save_profile(Profile(name="王工"))
    mine = add(services, "升级前没有备份")
    add(colleague, "需求没有书面确认")
    out = tmp_path / "mine.zip"
    assert services.library.export_share(None, out) == 1

    preview = colleague.library.preview_share(out)
    assert preview.author == "王工" and len(preview.plan.new) == 1
    assert colleague.library.import_share(preview, set()).added == 1

    back = tmp_path / "theirs.zip"
    assert colleague.library.export_share(None, back) == 2
    result = services.library.import_share(services.library.preview_share(back), set())
    assert (result.added, result.unchanged, result.replaced) == (1, 1, 0)
    # and once more each way: nothing new, nothing doubled
    services.library.import_share(services.library.preview_share(back), set())
    colleague.library.import_share(colleague.library.preview_share(out), set())
    assert len(services.library.lessons()) == len(colleague.library.lessons()) == 2
    assert {each.uuid for each in services.library.lessons()} == {
        each.uuid for each in colleague.library.lessons()
    }
    origins = {lesson.title: lesson.origin for lesson in services.library.lessons()}
    assert origins == {"升级前没有备份": "", "需求没有书面确认": "李工"}
    assert services.library.get(mine.id).case_id is None


def test_a_conflict_keeps_mine_unless_theirs_is_chosen(services, colleague, tmp_path, clock):
    lesson = add(services, "升级前没有备份")
    services.library.export_share(None, tmp_path / "a.zip")
    colleague.library.import_share(colleague.library.preview_share(tmp_path / "a.zip"), set())
    [theirs] = colleague.library.lessons()
    clock.advance(hours=2)
    colleague.library.save(theirs.id, {"prevention": "每次升级前演练恢复"})
    colleague.library.export_share(None, tmp_path / "b.zip")

    preview = services.library.preview_share(tmp_path / "b.zip")
    [conflict] = preview.plan.conflicts
    assert conflict.theirs.prevention == "每次升级前演练恢复"
    kept = services.library.import_share(preview, set())
    assert (kept.kept, kept.replaced) == (1, 0)
    assert services.library.get(lesson.id).prevention == ""
    taken = services.library.import_share(preview, {lesson.uuid})
    assert taken.replaced == 1
    assert services.library.get(lesson.id).prevention == "每次升级前演练恢复"
    assert services.library.get(lesson.id).origin == "李工"
    assert len(services.library.lessons()) == 1


def _zip(path, members: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def _manifest(body: bytes, **extra) -> bytes:
    manifest = {
        "format": "turnaround-lessons",
        "version": 1,
        "files": {"lessons.json": hashlib.sha256(body).hexdigest()},
        **extra,
    }
    return json.dumps(manifest).encode()


def bad_files(tmp_path, good):
    body = b"[]"
    data = good.read_bytes()
    yield "share_truncated", "truncated.zip", data[: len(data) // 2]
    corrupted = bytearray(data)
    start = data.index(b"lessons.json") + 60  # inside the compressed lessons
    corrupted[start : start + 8] = b"XXXXXXXX"
    yield "share_truncated", "corrupted.zip", bytes(corrupted)
    yield "share_not_zip", "notes.zip", "这不是压缩包".encode() * 100
    yield "share_not_zip", "empty.zip", b""
    path = tmp_path / "newer.zip"
    _zip(path, {"manifest.json": _manifest(body, version=99), "lessons.json": body})
    yield "share_newer", path.name, path.read_bytes()
    path = tmp_path / "slip.zip"
    _zip(
        path,
        {"manifest.json": _manifest(body), "lessons.json": body, "../../.bashrc": b"echo owned"},
    )
    yield "share_unsafe_path", path.name, path.read_bytes()
    path = tmp_path / "other.zip"
    _zip(path, {"readme.txt": b"hello"})
    yield "share_not_lessons", path.name, path.read_bytes()
    path = tmp_path / "badlesson.zip"
    bad = json.dumps([{"uuid": "x", "title": "t"}]).encode()
    _zip(path, {"manifest.json": _manifest(bad), "lessons.json": bad})
    yield "share_damaged", path.name, path.read_bytes()


def test_bad_share_files_are_refused_and_nothing_changes(services, tmp_path):
    add(services, "升级前没有备份")
    good = tmp_path / "good.zip"
    services.library.export_share(None, good)
    before = signature(services)
    folder = tmp_path / "bad"
    folder.mkdir()
    seen = []
    for code, name, data in bad_files(tmp_path, good):
        path = folder / name
        path.write_bytes(data)
        with pytest.raises(ValidationError) as error:
            services.library.preview_share(path)
        seen.append((name, error.value.code))
        assert error.value.code == code, name
        assert "zip" in error.value.message(Language.ZH) or "文件" in error.value.message(
            Language.ZH
        )
    assert signature(services) == before
    assert not list(tmp_path.glob("*.bashrc")) and not (tmp_path.parent / ".bashrc").exists()
    assert len(seen) == 8


def test_a_one_gigabyte_file_is_refused_before_it_is_read(services, tmp_path):
    huge = tmp_path / "huge.zip"
    with open(huge, "wb") as handle:
        handle.truncate(1024**3)  # sparse: no gigabyte is written to the disk
    with pytest.raises(ValidationError) as error:
        services.library.preview_share(huge)
    assert error.value.code == "share_too_large"
    assert "1024 MB" in str(error.value)


def test_a_zip_bomb_is_refused(services, tmp_path):
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", _manifest(b""))
        archive.writestr("lessons.json", b"[" + b" " * (300 * 1024**2) + b"]")
    assert bomb.stat().st_size < 2 * 1024**2
    with pytest.raises(ValidationError) as error:
        services.library.preview_share(bomb)
    assert error.value.code == "share_too_large"


def test_the_digest_exports_as_markdown(services, tmp_path):
    first = add(services, "升级前没有备份", prevention="强制备份校验")
    add(services, "不要导出的")
    path = services.library.export_markdown([first.id], Language.ZH, tmp_path / "digest.md")
    text = path.read_text(encoding="utf-8")
    assert "升级前没有备份" in text and "强制备份校验" in text
    assert "不要导出的" not in text


def test_any_damaged_byte_gives_a_clear_refusal_never_a_crash(services, tmp_path):
    add(services, "升级前没有备份", prevention="强制备份校验" * 20)
    good = tmp_path / "good.zip"
    services.library.export_share(None, good)
    data = good.read_bytes()
    damaged = tmp_path / "damaged.zip"
    for offset in range(0, len(data), 3):
        flipped = bytearray(data)
        flipped[offset] ^= 0xFF
        damaged.write_bytes(bytes(flipped))
        try:
            services.library.preview_share(damaged)
        except ValidationError as error:
            assert error.code.startswith("share_"), offset


def test_my_own_lesson_coming_back_is_not_marked_as_from_me(services, colleague, tmp_path):
    services.settings.save_profile(Profile(name="王工"))
    lesson = add(services, "升级前没有备份")
    services.library.export_share(None, tmp_path / "a.zip")
    colleague.library.import_share(colleague.library.preview_share(tmp_path / "a.zip"), set())
    assert colleague.library.lessons()[0].origin == "王工"
    colleague.library.export_share(None, tmp_path / "b.zip")
    services.library.delete([lesson.id])
    services.library.import_share(services.library.preview_share(tmp_path / "b.zip"), set())
    assert [(each.uuid, each.origin) for each in services.library.lessons()] == [(lesson.uuid, "")]
