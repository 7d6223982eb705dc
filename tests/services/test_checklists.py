"""Prevention checklists through the service: templates, copies for a case or a project,
ticking off, and a lesson turned into an item that remembers its case."""

from __future__ import annotations

import pytest

from desktop.domain.enums import Language
from desktop.domain.errors import ValidationError


def test_a_shipped_template_is_copied_into_a_case_and_ticked_off(services):
    case = services.cases.create()
    research = services.checklists.templates(Language.ZH)[0]
    copy = services.checklists.copy_to(research, case_id=case.id)
    assert copy.name == "实施前调研" and copy.case_id == case.id
    assert copy.progress == (0, len(research.items))
    services.checklists.tick(copy.items[0].id, True)
    services.checklists.tick(copy.items[2].id, True)
    assert services.checklists.get(copy.id).progress == (2, len(research.items))
    assert [c.id for c in services.checklists.copies(case.id)] == [copy.id]
    # the template is untouched
    assert services.checklists.templates(Language.ZH)[0].progress == (0, len(research.items))


def test_a_copy_for_a_project_needs_the_project_named(services):
    template = services.checklists.templates(Language.EN)[1]
    with pytest.raises(ValidationError) as error:
        services.checklists.copy_to(template, project_note="  ")
    assert error.value.field == "project_note"
    assert services.checklists.copies() == []
    copy = services.checklists.copy_to(template, project_note="华信银行二期")
    assert copy.project_note == "华信银行二期" and copy.case_id is None


def test_the_users_own_template_is_made_edited_and_deleted(services):
    shipped = services.checklists.templates(Language.ZH)[1]
    own = services.checklists.new_template("我的交付清单", shipped)
    assert len(own.items) == len(shipped.items)
    own = services.checklists.add_item(own.id, "交付前请客户签字确认")
    services.checklists.set_item_text(own.items[0].id, "里程碑 · 改过的")
    services.checklists.delete_item(own.items[1].id)
    own = services.checklists.get(own.id)
    assert own.items[0].text == "里程碑 · 改过的"
    assert own.items[-1].text == "交付前请客户签字确认"
    assert len(own.items) == len(shipped.items)
    with pytest.raises(ValidationError):
        services.checklists.add_item(own.id, "")
    with pytest.raises(ValidationError):
        services.checklists.rename(own.id, "")
    assert [c.name for c in services.checklists.templates(Language.ZH)][-1] == "我的交付清单"
    services.trash.delete_checklist(own.id)
    assert len(services.checklists.templates(Language.ZH)) == 2


def test_a_lesson_becomes_an_item_that_remembers_its_case(services, clock):
    case = services.cases.create()
    lesson = services.library.save(0, {"title": "升级前没有备份", "prevention": "升级前先备份"})
    services.store.library.update(lesson.id, {"case_id": case.id}, None)
    own = services.checklists.new_template("升级清单")
    own = services.checklists.add_lesson(own.id, lesson.id)
    [item] = own.items
    assert (item.text, item.lesson_id, item.case_id) == ("升级前先备份", lesson.id, case.id)
    # the case is remembered even when the lesson is deleted
    services.trash.delete_lessons([lesson.id])
    [item] = services.checklists.get(own.id).items
    assert (item.lesson_id, item.case_id) == (None, case.id)
    # and copies carry the link along
    copy = services.checklists.copy_to(services.checklists.get(own.id), project_note="二期")
    assert copy.items[0].case_id == case.id
