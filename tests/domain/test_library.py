"""Lessons: their checks, merging a colleague's, the Markdown digest, the share format."""

from __future__ import annotations

import pytest

from desktop.domain.checklists import builtin_templates, item_text_from_lesson
from desktop.domain.enums import ComplaintType, Language
from desktop.domain.errors import ValidationError
from desktop.domain.library import (
    Lesson,
    clean_lesson,
    clean_tags,
    lessons_markdown,
    merge_plan,
)
from desktop.domain.share import check_manifest, lesson_from_dict, lesson_to_dict

UUID = "0f8fad5b-d9cb-469f-a165-70867728950e"


def lesson(uuid: str = UUID, **values) -> Lesson:
    return Lesson(id=0, uuid=uuid, title=values.pop("title", "升级前没有备份"), **values)


def test_tags_split_on_either_comma_and_drop_repeats():
    assert clean_tags("tags", "备份，升级, backup;备份") == ["备份", "升级", "backup"]
    with pytest.raises(ValidationError) as error:
        clean_tags("tags", ",".join(str(n) for n in range(21)))
    assert error.value.code == "too_many_tags"


def test_a_lesson_needs_a_title_on_one_line():
    with pytest.raises(ValidationError) as error:
        clean_lesson({"title": "  "})
    assert error.value.field == "title"
    with pytest.raises(ValidationError):
        clean_lesson({"title": "两\n行"})
    with pytest.raises(ValidationError):
        clean_lesson({"colour": "red"})
    assert clean_lesson({"complaint_type": "process"}) == {"complaint_type": ComplaintType.PROCESS}


def test_merge_by_uuid_sorts_new_unchanged_and_conflicting():
    other = "9b2e4a9e-3c1d-4e6f-8a7b-1c2d3e4f5a6b"
    third = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"
    mine = {UUID: lesson(), other: lesson(other, title="沟通不足")}
    theirs = [
        lesson(origin="李工"),  # same content, another origin: unchanged
        lesson(other, title="沟通不足", prevention="每周例会"),  # edited: a conflict
        lesson(third, title="新的"),
        lesson(third, title="新的（重复）"),  # a repeated UUID counts once
    ]
    plan = merge_plan(mine, theirs)
    assert [item.title for item in plan.new] == ["新的"]
    assert [item.uuid for item in plan.unchanged] == [UUID]
    [conflict] = plan.conflicts
    assert conflict.mine.prevention == "" and conflict.theirs.prevention == "每周例会"


def test_the_markdown_digest_escapes_what_markdown_would_read_as_markup():
    text = lessons_markdown(
        [
            lesson(
                title="报表 *慢*",
                tags=["a_b"],
                root_cause="索引缺失\n# 不是标题",
                complaint_type=ComplaintType.TECHNICAL,
            )
        ],
        Language.ZH,
        "2026-11-24 10:00",
    )
    assert text.startswith("# 案例库摘要\n")
    assert "## 1. 报表 \\*慢\\*" in text
    assert "- **类型**: 技术类" in text
    assert "- **标签**: a\\_b" in text
    assert "### 根本原因\n\n索引缺失  \n\\# 不是标题" in text
    assert "解决方案" not in text  # empty sections are left out


def test_a_shared_lesson_is_checked_field_by_field():
    data = lesson_to_dict(lesson(tags=["备份"], complaint_type=ComplaintType.PROCESS))
    back = lesson_from_dict(data, "王工")
    assert (back.uuid, back.tags, back.complaint_type, back.origin) == (
        UUID,
        ["备份"],
        ComplaintType.PROCESS,
        "王工",
    )
    for bad in (
        {**data, "uuid": "../../etc"},
        {**data, "title": ""},
        {**data, "complaint_type": "nonsense"},
        {**data, "problem": "\x00"},
        {**data, "created_at": "yesterday"},
        [1, 2],
    ):
        with pytest.raises(ValidationError) as error:
            lesson_from_dict(bad, "王工")
        assert error.value.code == "share_damaged"


def test_the_manifest_must_be_ours_and_not_from_the_future():
    assert check_manifest({"format": "turnaround-lessons", "version": 1})
    codes = []
    for manifest in (
        {"format": "other", "version": 1},
        {"format": "turnaround-lessons", "version": 2},
        [],
    ):
        with pytest.raises(ValidationError) as error:
            check_manifest(manifest)
        codes.append(error.value.code)
    assert codes == ["share_not_lessons", "share_newer", "share_not_lessons"]


def test_shipped_checklists_cover_research_and_delivery_in_both_languages():
    chinese, english = builtin_templates(Language.ZH), builtin_templates(Language.EN)
    assert [c.name for c in chinese] == ["实施前调研", "交付标准"]
    assert [len(c.items) for c in chinese] == [len(c.items) for c in english]
    research = " ".join(item.text for item in english[0].items)
    delivery = " ".join(item.text for item in english[1].items)
    for word in ("Needs", "Business scenario", "IT environment"):
        assert word in research
    for word in ("Milestones", "Acceptance checklist", "Risk plan"):
        assert word in delivery


def test_a_lesson_becomes_its_first_prevention_line():
    assert item_text_from_lesson(lesson(prevention="\n升级前先备份\n再验证恢复")) == "升级前先备份"
    assert item_text_from_lesson(lesson()) == "升级前没有备份"
