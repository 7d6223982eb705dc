"""The Trash: a delete moves an item there with everything that goes with it; a restore gives
it all back as it was; after 30 days it is purged."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop.domain.complaint import Action
from desktop.domain.enums import ActionHorizon, CommitmentKind, Language
from desktop.domain.errors import NotFoundError
from desktop.domain.goals import Goal
from desktop.domain.journal import Emotion, JournalEntry, SelfReview, ThoughtRecord
from desktop.domain.library import Lesson
from desktop.domain.trash import TrashConflictError, TrashKind
from desktop.services import Services
from desktop.services.demo import fill_demo
from desktop.services.journal import JournalLockedError
from tests.conftest import SHANGHAI
from tests.made import a_received_case


def an_open_case(services, clock, text="系统崩溃，三个月的数据丢失了！"):
    return a_received_case(services, clock, text)


def everything_of(services, case_id):
    """What a user sees of a case: the case with all its parts, its checklists, and what
    points at it from the journal, the goals and the library."""
    return (
        services.cases.get(case_id),
        services.checklists.copies(case_id),
        [e.body for e in services.journal.entries(case_id=case_id)],
        [g.title for g in services.goals.goals() if g.case_id == case_id],
        services.library.lesson_for(case_id),
    )


@pytest.fixture
def busy_case(services, clock, tmp_path):
    """An open case among demo cases, with every kind of thing recorded in and about it."""
    fill_demo(services.store, clock, 12, 7)
    case = an_open_case(services, clock)
    action_id = services.cases.add_part(
        case.id,
        Action(0, ActionHorizon.SHORT_TERM, "恢复备份", due_at=clock.now + timedelta(days=1)),
    )
    log = tmp_path / "error.log"
    log.write_bytes(b"ERROR backup skipped\n" * 100)
    services.cases.add_evidence_file(case.id, log)
    delivery = services.checklists.templates(Language.ZH)[1]
    services.checklists.copy_to(delivery, case_id=case.id)
    services.journal.save_entry(
        JournalEntry(0, clock.now, [(Emotion.ASHAMED, 70)], body="被客户骂了", case_id=case.id)
    )
    services.goals.save(Goal(0, "每天检查备份", case_id=case.id, action_id=action_id))
    lesson = services.library.save(0, {"title": "备份要验证"})
    services.store.library.update(lesson.id, {"case_id": case.id}, None)
    return services.cases.get(case.id)


def test_a_deleted_case_comes_back_whole(services, busy_case):
    before = everything_of(services, busy_case.id)
    attachments = services.folder.attachments / busy_case.number
    files = {path.name: path.read_bytes() for path in attachments.iterdir()}
    change = services.trash.delete_case(busy_case.id)
    [item] = change.moved_in
    assert (item.kind, item.label) == (TrashKind.CASE, f"{busy_case.number} · {busy_case.title}")
    with pytest.raises(NotFoundError):
        services.cases.get(busy_case.id)
    assert not attachments.exists()
    assert (services.folder.trash / str(item.id)).is_dir()
    assert [i.id for i in services.trash.items()] == [item.id]
    assert services.checklists.copies(busy_case.id) == []
    assert services.journal.entries()[0].case_id is None
    services.trash.restore([item.id])
    assert everything_of(services, busy_case.id) == before
    assert {path.name: path.read_bytes() for path in attachments.iterdir()} == files
    assert not (services.folder.trash / str(item.id)).exists()
    assert services.trash.items() == []
    from desktop.domain.case_query import CaseQuery

    assert [r.id for r in services.cases.rows(CaseQuery(text="三个月的数据"), 0, 5)] == [
        busy_case.id
    ]


def test_a_case_whose_ids_were_taken_meanwhile_comes_back_under_new_ones(services, clock):
    due = clock.now + timedelta(days=1)
    case = an_open_case(services, clock)
    services.cases.add_part(case.id, Action(0, ActionHorizon.SHORT_TERM, "恢复备份", due_at=due))
    services.trash.delete_case(case.id)
    newer = an_open_case(services, clock, "报表打不开")  # SQLite gives the same ids again
    services.cases.add_part(newer.id, Action(0, ActionHorizon.SHORT_TERM, "修复报表", due_at=due))
    assert newer.id == case.id
    assert newer.number != case.number  # the number stays with the case in the Trash
    services.trash.undo()
    [restored] = [c for c in map(services.cases.get, (1, 2)) if c.number == case.number]
    assert restored.id != case.id and restored.uuid == case.uuid
    assert [a.description for a in restored.actions] == ["恢复备份"]
    [promise] = [c for c in restored.commitments if c.kind is CommitmentKind.ACTION]
    assert promise.source_id == restored.actions[0].id  # follows its action's new id
    assert [a.description for a in services.cases.get(newer.id).actions] == ["修复报表"]


def test_lessons_deleted_together_are_undone_together(services):
    ids = [services.library.save(0, {"title": title}).id for title in ("甲", "乙", "丙")]
    services.trash.delete_lessons([ids[0]])
    change = services.trash.delete_lessons(ids[1:])
    assert [item.label for item in change.moved_in] == ["乙", "丙"]
    assert [item.label for item in services.trash.undoable()] == ["乙", "丙"]
    services.trash.undo()
    assert sorted(lesson.title for lesson in services.library.lessons()) == ["丙", "乙"]
    assert [item.label for item in services.trash.undoable()] == ["甲"]
    assert [lesson.id for lesson in services.library.lessons("乙")] == [ids[1]]  # searchable


def test_only_what_this_session_deleted_is_undone_the_rest_stays_in_the_trash(
    services, data_home, clock
):
    lesson = services.library.save(0, {"title": "升级前没有备份"})
    services.trash.delete_lessons([lesson.id])
    clock.advance(minutes=5)
    later = Services.open(data_home, clock, SHANGHAI)
    try:
        assert later.trash.undoable() == []
        assert later.trash.undo().restored == ()
        [item] = later.trash.items()
        later.trash.restore([item.id])
        assert [each.title for each in later.library.lessons()] == ["升级前没有备份"]
    finally:
        later.close()


def test_a_lesson_imported_again_since_it_was_deleted_is_not_restored_twice(services, clock):
    lesson = services.library.save(0, {"title": "升级前没有备份"})
    [item] = services.trash.delete_lessons([lesson.id]).moved_in
    with services.store.transaction():
        services.store.library.add(Lesson(id=0, uuid=lesson.uuid, title="升级前没有备份"), clock())
    with pytest.raises(TrashConflictError) as raised:
        services.trash.restore([item.id])
    assert raised.value.code == "trash_already_there"
    assert "已经重新存在" in raised.value.message(Language.ZH)
    assert [i.id for i in services.trash.items()] == [item.id]  # nothing changed
    with pytest.raises(TrashConflictError, match="no longer in the Trash"):
        services.trash.restore([item.id + 1])


def test_a_checklist_comes_back_with_its_ticks_and_links(services, clock):
    lesson = services.library.save(0, {"title": "升级前没有备份", "prevention": "升级前先备份"})
    own = services.checklists.new_template("升级清单")
    own = services.checklists.add_lesson(own.id, lesson.id)
    services.checklists.tick(own.items[0].id, True)
    ticked = services.checklists.get(own.id)
    services.trash.delete_checklist(own.id)
    assert services.checklists.templates(Language.ZH)[-1].name != "升级清单"
    services.trash.undo()
    assert services.checklists.get(own.id) == ticked
    assert ticked.items[0].done
    # a lesson deleted and restored gets its checklist item's link back
    services.trash.delete_lessons([lesson.id])
    assert services.checklists.get(own.id).items[0].lesson_id is None
    services.trash.undo()
    assert services.checklists.get(own.id).items[0].lesson_id == lesson.id


def test_what_was_deleted_30_days_ago_is_purged_with_its_files(services, clock, tmp_path):
    case = an_open_case(services, clock)
    evidence = tmp_path / "log.txt"
    evidence.write_text("ERROR\n")
    services.cases.add_evidence_file(case.id, evidence)
    [item] = services.trash.delete_case(case.id).moved_in
    assert item.days_left(clock.now) == 30
    clock.advance(days=29, hours=23)
    assert services.trash.purge().removed == ()
    assert services.trash.items()[0].days_left(clock.now) == 1
    clock.advance(hours=2)
    assert [i.id for i in services.trash.purge().removed] == [item.id]
    assert services.trash.items() == []
    assert services.trash.sweep_job()() == 1
    assert list(services.folder.trash.iterdir()) == []
    assert services.cases.create().number == case.number  # its number is free only now


def test_deleted_forever_and_emptied(services, clock):
    first, second = (services.library.save(0, {"title": t}).id for t in ("甲", "乙"))
    services.trash.delete_lessons([first])
    services.trash.delete_lessons([second])
    [_newest, oldest] = services.trash.items()
    services.trash.delete_forever([oldest.id])
    assert [i.label for i in services.trash.items()] == ["乙"]
    assert [i.label for i in services.trash.empty().removed] == ["乙"]
    assert services.trash.items() == [] and services.trash.undoable() == []


PASSPHRASE = "correct horse battery"
SECRET = "我觉得自己很失败，想辞职"


def write_secret(services, case_id=None):
    return services.journal.save_entry(
        JournalEntry(0, services.clock(), [(Emotion.ASHAMED, 83)], body=SECRET, case_id=case_id)
    )


def no_secret_on_disk(services) -> bool:
    from tests.store.test_journal_vault import db_bytes

    services.store.checkpoint()
    return SECRET.encode() not in db_bytes(services.folder)


def test_an_encrypted_journal_entry_stays_encrypted_in_the_trash(services, clock):
    case = an_open_case(services, clock)
    services.journal.set_passphrase(PASSPHRASE)
    entry = write_secret(services, case.id)
    [item] = services.trash.delete_journal_entry(entry.id).moved_in
    assert (item.kind, item.label, item.item_at) == (TrashKind.JOURNAL_ENTRY, "", entry.written_at)
    payload, sealed = services.store.trash.payload(item.id)
    assert sealed and SECRET not in payload and "ashamed" not in payload
    assert no_secret_on_disk(services)
    services.journal.lock()
    assert services.trash.items() == [] and services.trash.undoable() == []
    with pytest.raises(JournalLockedError):
        services.trash.restore([item.id])
    services.journal.unlock(PASSPHRASE)
    services.trash.undo()
    [back] = services.journal.entries()
    assert (back.id, back.body, back.feelings, back.case_id) == (
        entry.id,
        SECRET,
        [(Emotion.ASHAMED, 83)],
        case.id,
    )


def test_the_trash_is_sealed_again_when_the_passphrase_is_set_changed_or_removed(services):
    services.trash.delete_journal_entry(write_secret(services).id)
    assert not no_secret_on_disk(services)  # no passphrase: the journal is in clear, so is this
    services.journal.set_passphrase(PASSPHRASE)
    assert no_secret_on_disk(services)
    services.journal.set_passphrase("another passphrase", current=PASSPHRASE)
    services.journal.lock()
    services.journal.unlock("another passphrase")
    [item] = services.trash.items()
    services.trash.restore([item.id])
    assert services.journal.entries()[0].body == SECRET
    services.trash.delete_journal_entry(services.journal.entries()[0].id)
    services.journal.remove_passphrase("another passphrase")
    services.trash.undo()
    assert services.journal.entries()[0].body == SECRET


def test_a_journal_link_to_a_case_in_the_trash_outlives_a_new_passphrase(services, clock):
    case = an_open_case(services, clock)
    entry = write_secret(services, case.id)
    [item] = services.trash.delete_case(case.id).moved_in
    services.journal.set_passphrase(PASSPHRASE)
    # the case's copy no longer says which entry was about it: the sealed entry does
    assert "journal_entries" not in services.store.trash.payload(item.id)[0]
    services.trash.restore([item.id])
    assert services.journal.entries()[0].case_id == case.id
    services.trash.delete_case(case.id)
    services.journal.remove_passphrase(PASSPHRASE)
    assert services.journal.entries()[0].case_id is None
    services.trash.undo()
    assert [e.id for e in services.journal.entries(case_id=case.id)] == [entry.id]


def test_thought_records_and_self_reviews_are_edited_deleted_and_restored(services, clock):
    case = an_open_case(services, clock)
    record_id = services.journal.add_record(ThoughtRecord(0, clock.now, situation="客户当众批评我"))
    record = services.journal.record(record_id)
    record.balanced_thought = "批评的是问题，不是我这个人"
    services.journal.save_record(record)
    review_id = services.journal.add_review(SelfReview(0, case.id, clock.now, went_well="及时回应"))
    review = services.journal.review(review_id)
    review.differently = "先确认需求"
    services.journal.save_review(review)
    assert services.journal.records()[0].balanced_thought == "批评的是问题，不是我这个人"
    assert services.journal.reviews(case.id)[0].differently == "先确认需求"
    services.trash.delete_thought_record(record_id)
    services.trash.delete_self_review(review_id)
    assert services.journal.records() == [] and services.journal.reviews() == []
    assert [i.kind for i in services.trash.items()] == [
        TrashKind.SELF_REVIEW,
        TrashKind.THOUGHT_RECORD,
    ]
    services.trash.restore([i.id for i in services.trash.items()])
    assert services.journal.record(record_id) == services.journal.records()[0]
    assert services.journal.reviews(case.id)[0].differently == "先确认需求"


def test_a_checked_in_mood_taken_back_is_gone_not_in_the_trash(services, clock):
    entry = services.journal.save_entry(JournalEntry(0, clock.now, [(Emotion.TIRED, 60)]))
    services.journal.take_back(entry.id)
    assert services.journal.entries() == [] and services.trash.items() == []


def test_watchers_hear_what_moved(services):
    heard = []
    unwatch = services.trash.watch(heard.append)
    lesson = services.library.save(0, {"title": "升级前没有备份"})
    services.trash.delete_lessons([lesson.id])
    services.trash.undo()
    unwatch()
    services.trash.delete_lessons([lesson.id])
    assert [(len(c.moved_in), len(c.restored)) for c in heard] == [(1, 0), (0, 1)]
    assert heard[1].kinds == {TrashKind.LESSON}


def test_a_backup_holds_the_attachments_of_a_case_in_the_trash(services, clock, tmp_path):
    import zipfile

    case = an_open_case(services, clock)
    evidence = tmp_path / "log.txt"
    evidence.write_text("ERROR backup skipped\n")
    services.cases.add_evidence_file(case.id, evidence)
    [item] = services.trash.delete_case(case.id).moved_in
    with zipfile.ZipFile(services.data.backup_now()) as archive:
        names = archive.namelist()
    assert any(name.startswith(f"trash/{item.id}/") and name.endswith("log.txt") for name in names)


def test_a_self_review_saved_while_the_journal_is_hidden_is_kept(services, clock):
    case = an_open_case(services, clock)
    services.journal.set_hidden(True)  # the privacy switch, no passphrase: writing still works
    services.journal.add_review(SelfReview(0, case.id, clock.now, went_well="及时回应"))
    services.journal.set_hidden(False)
    assert [r.went_well for r in services.journal.reviews(case.id)] == ["及时回应"]


def test_a_goal_comes_back_with_its_check_ins_and_skipped_periods(services, clock):
    started = services.goals.today() - timedelta(days=14)
    goal = services.goals.save(Goal(0, "每周回访一次客户", starts_on=started))
    services.goals.check_in(goal.id, "回访了华信银行")
    services.goals.skip(goal.id)
    before = services.goals.get(goal.id)

    change = services.trash.delete_goal(goal.id)

    assert services.goals.goals() == []
    [item] = change.moved_in
    assert (item.kind, item.label) == (TrashKind.GOAL, "每周回访一次客户")
    services.trash.undo()
    assert services.goals.goals() == [before]


def test_a_goal_in_the_trash_is_not_listed_while_the_privacy_switch_hides_the_goals(services):
    goal = services.goals.save(Goal(0, "和王经理修复关系"))
    services.trash.delete_goal(goal.id)
    services.journal.set_hidden(True)
    assert services.trash.items() == [] and services.trash.undoable() == []
    services.journal.set_hidden(False)
    assert [item.label for item in services.trash.items()] == ["和王经理修复关系"]
