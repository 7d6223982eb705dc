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
    services.trash.delete_lessons([lesson.id])
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
    services.trash.delete_lessons([lesson.id])
    services.library.import_share(services.library.preview_share(tmp_path / "b.zip"), set())
    assert [(each.uuid, each.origin) for each in services.library.lessons()] == [(lesson.uuid, "")]


# --- anonymised on the way into the library and out of it --------------------------------------
def closed_case(services, clock, **values):
    """A case of 杭州西湖数字科技集团 that leaks in every way the first anonymiser let through."""
    from datetime import timedelta

    from desktop.domain.complaint import Action
    from desktop.domain.enums import ActionHorizon, ActionStatus

    case = services.cases.create()
    intake = dict(
        customer="杭州西湖数字科技集团有限公司",
        contact_name="周丽",
        contact_phone="13800138000",
        received_at=clock.now - timedelta(hours=2),
        complaint_text=(
            "杭州西湖数字科技集团有限公司财务共享中心反映：升级后三个月的报销数据全部丢失。"
            "西湖数字的王经理说手机13900139000打不通张工，微信号: wxid_ab12cd34。"
        ),
        people_involved="周丽（财务主管）、赵磊",
    )
    intake.update(values)
    services.cases.update_intake(case.id, **intake)
    services.cases.set_investigation(case.id, root_cause="赵磊确认：升级脚本未执行备份校验。")
    services.cases.add_part(
        case.id,
        Action(0, ActionHorizon.SHORT_TERM, "从备份恢复，周丽逐笔核对", status=ActionStatus.DONE),
    )
    return case.id


SECRETS = ("杭州西湖", "西湖数字", "周丽", "王经理", "张工", "13900139000", "wxid_ab12cd34", "赵磊")


def test_a_case_enters_the_library_with_nothing_that_names_the_customer(services, clock):
    case_id = closed_case(services, clock)
    draft = services.library.draft_from_case(case_id, Language.ZH)
    assert {f.original for f in draft.findings} >= {"王经理", "张工", "13900139000"}
    lesson = services.library.add_case(case_id, Language.ZH)
    saved = " ".join([lesson.title, lesson.problem, lesson.root_cause, lesson.solution])
    for secret in SECRETS:
        assert secret not in saved, secret
    assert lesson.title.startswith("【客户】财务共享中心反映")
    assert services.library.add_case(case_id, Language.ZH).id == lesson.id  # once per case
    assert services.library.lesson_for(case_id).id == lesson.id


def test_the_reviewed_and_edited_texts_are_what_is_saved(services, clock):
    case_id = closed_case(services, clock)
    lesson = services.library.add_case(
        case_id, Language.ZH, {"title": "升级丢数据", "problem": "我改过的问题描述"}
    )
    assert (lesson.title, lesson.problem, lesson.root_cause) == (
        "升级丢数据",
        "我改过的问题描述",
        "",
    )
    with pytest.raises(ValidationError):
        services.library.add_case(closed_case(services, clock), Language.ZH, {"owner": "x"})


def test_the_users_aliases_are_kept_per_customer_and_used(services, clock):
    case_id = closed_case(services, clock, complaint_text="西湖数科的报表系统又慢了。")
    assert "西湖数科" not in {
        f.original for f in services.library.draft_from_case(case_id, Language.ZH).findings
    }
    saved = services.settings.set_customer_aliases("杭州西湖数字科技集团有限公司", "西湖数科，西数")
    assert saved == ["西湖数科", "西数"]
    assert services.settings.customer_aliases("杭州西湖数字科技集团有限公司") == saved
    assert services.settings.customer_aliases("华信银行") == []
    draft = services.library.draft_from_case(case_id, Language.ZH)
    assert "西湖数科" in {f.original for f in draft.findings if f.sure}
    assert "西湖数科" not in services.library.add_case(case_id, Language.ZH).problem
    with pytest.raises(ValidationError):
        services.settings.set_customer_aliases("华信银行", ["x" * 101])
    services.settings.set_customer_aliases("杭州西湖数字科技集团有限公司", "")
    assert services.settings.customer_aliases("杭州西湖数字科技集团有限公司") == []


def test_lessons_leave_in_files_without_names_the_cases_know(services, clock, tmp_path):
    closed_case(services, clock)  # the library knows this customer and contact
    written = add(
        services,
        "杭州西湖数字科技集团有限公司的报表超时",
        problem="周丽反映：报表在月底结账时超时，手机13800138000。",
        prevention="上线前做容量评估",
    )
    findings = services.library.sharing_findings([written.id], Language.ZH)
    assert {f.original for f in findings} >= {"杭州西湖数字科技集团有限公司", "周丽", "13800138000"}
    # nobody reviewed it: every finding is replaced in the file, the library is unchanged
    services.library.export_share([written.id], tmp_path / "a.zip")
    with zipfile.ZipFile(tmp_path / "a.zip") as archive:
        body = archive.read("lessons.json").decode("utf-8")
    for secret in ("杭州西湖", "周丽", "13800138000"):
        assert secret not in body
    assert "上线前做容量评估" in body
    assert services.library.get(written.id).problem.startswith("周丽反映")
    markdown = services.library.markdown([written.id], Language.ZH)
    assert "周丽" not in markdown and "【联系人】" in markdown
    # the user reviewed it and kept the phone number: only what they chose is replaced
    keep_phone = [f for f in findings if f.original != "13800138000"]
    markdown = services.library.markdown([written.id], Language.ZH, keep_phone)
    assert "13800138000" in markdown and "周丽" not in markdown
    pdf = services.library.digest_pdf([written.id], Language.ZH, [])
    assert pdf.startswith(b"%PDF")
