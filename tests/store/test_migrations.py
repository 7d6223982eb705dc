from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, datetime

import pytest
from sqlite_utils import Database

from desktop.domain.enums import ComplaintType
from desktop.domain.errors import StoreError
from desktop.store import schema_names
from desktop.store.cases import CaseStore
from desktop.store.db import applied_migrations, connect, open_db
from desktop.store.migrations import migrations

TABLES = {
    "cases",
    "case_people",
    "commitments",
    "case_pauses",
    "customer_calendars",
    "investigation_items",
    "evidence",
    "interviews",
    "factors",
    "actions",
    "progress_updates",
    "escalations",
    "collaborators",
    "resource_requests",
    "compensations",
    "timeline_events",
    "journal_entries",
    "journal_emotions",
    "thought_records",
    "self_reviews",
    "goals",
    "goal_checkins",
    "goal_skips",
    "library_lessons",
    "checklists",
    "checklist_items",
    "settings",
    "type_corrections",
    "customers",
    "customer_aliases",
    "customer_contacts",
    "trash",
}


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_names_read_at_start_up_are_the_registered_migrations():
    assert [m.name for m in migrations._migrations] == schema_names.NAMES
    assert sorted(schema_names.NAMES) == schema_names.NAMES


def test_from_empty_every_table_exists_with_wal_and_foreign_keys(tmp_path):
    conn = open_db(tmp_path / "t.db")
    names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert names >= TABLES
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert applied_migrations(conn) == schema_names.NAMES
    columns = {row[1] for row in conn.execute("PRAGMA table_info(cases)")}
    assert {
        "number",
        "customer",
        "received_at",
        "complaint_text",
        "severity",
        "complaint_type",
        "responded_at",
        "root_cause",
        "csat",
        "nps",
        "next_due_at",
    } <= columns


def test_open_commitments_are_counted_through_their_indexes(tmp_path):
    conn = open_db(tmp_path / "t.db")
    store = CaseStore(conn)
    plan = " ".join(
        row[3]
        for row in conn.execute(
            "EXPLAIN QUERY PLAN " + store.count_due_sql(("first_response",)),
            ("", "", "first_response"),
        )
    )
    assert "commitments_open " in plan and "commitments_open_kind" in plan
    assert "cases_paused" in plan
    assert "SCAN commitments" not in plan and "SEARCH cases" not in plan


def test_opening_twice_applies_nothing_more(tmp_path):
    open_db(tmp_path / "t.db").close()
    conn = open_db(tmp_path / "t.db")
    (count,) = conn.execute("SELECT COUNT(*) FROM _sqlite_migrations").fetchone()
    assert count == len(schema_names.NAMES)


def test_upgrade_from_each_previous_schema_keeps_the_data(tmp_path):
    for index, name in enumerate(schema_names.NAMES[1:], start=1):
        path = tmp_path / f"v{index}.db"
        old = connect(path)
        migrations.apply(Database(old), stop_before=name)
        old.execute(
            "INSERT INTO cases (uuid, number, customer, created_at, updated_at) "
            "VALUES ('u', 'C-2026-0001', '华信银行', 'x', 'x')"
        )
        old.close()
        backups = tmp_path / f"backups{index}"
        conn = open_db(path, backups)
        assert applied_migrations(conn) == schema_names.NAMES
        assert conn.execute("SELECT customer FROM cases").fetchone() == ("华信银行",)
        assert list(backups.glob("before-migration-*.db")), "a copy is taken before migrating"


def test_a_database_from_a_newer_version_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "t.db"
    conn = open_db(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('turnaround', '9999_from_the_future', 'now')"
    )
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = _digest(path)
    with pytest.raises(StoreError, match="newer version"):
        open_db(path)
    assert _digest(path) == before


def test_a_file_that_is_not_a_database_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "t.db"
    path.write_text("这不是数据库 — just some notes\n" * 50, encoding="utf-8")
    before = _digest(path)
    with pytest.raises(StoreError, match="not a Turnaround database"):
        open_db(path)
    assert _digest(path) == before


def test_foreign_keys_cascade_when_a_case_is_deleted(tmp_path):
    conn = open_db(tmp_path / "t.db")
    conn.execute(
        "INSERT INTO cases (id, uuid, number, created_at, updated_at) "
        "VALUES (1, 'u', 'C-2026-0001', 'x', 'x')"
    )
    conn.execute(
        "INSERT INTO actions (case_id, horizon, description, created_at) "
        "VALUES (1, 'short_term', 'fix', 'x')"
    )
    conn.execute("DELETE FROM cases WHERE id = 1")
    assert conn.execute("SELECT COUNT(*) FROM actions").fetchone() == (0,)
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(
            "INSERT INTO actions (case_id, horizon, description, created_at) "
            "VALUES (99, 'short_term', 'fix', 'x')"
        )


def test_lessons_made_before_0005_are_found_by_search_after_it(tmp_path):
    path = tmp_path / "v4.db"
    old = connect(path)
    migrations.apply(Database(old), stop_before="0005_lesson_search")
    old.execute(
        "INSERT INTO library_lessons (uuid, title, problem, created_at, updated_at) "
        "VALUES ('u1', '升级后报表变慢', '月底结账时报表超时', 'x', 'x')"
    )
    old.close()
    conn = open_db(path, tmp_path / "backups")
    found = conn.execute(
        "SELECT rowid FROM lesson_fts WHERE lesson_fts MATCH '\"结账时\"'"
    ).fetchall()
    assert found == [(1,)]
    assert conn.execute("SELECT origin FROM library_lessons").fetchone() == ("",)
    columns = {row[1] for row in conn.execute("PRAGMA table_info(checklist_items)")}
    assert "case_id" in columns


def test_a_letter_saved_before_0007_keeps_its_words_and_loses_its_closing(tmp_path):
    path = tmp_path / "v6.db"
    old = connect(path)
    migrations.apply(Database(old), stop_before="0007_letter_parts")
    old.execute(
        "INSERT INTO cases (uuid, number, created_at, updated_at, letter_text, letter_language) "
        "VALUES ('u1', 'C-2026-0001', 'x', 'x', ?, 'zh_CN')",
        ("尊敬的王经理：\n\n您好！对于报表错误我们深表歉意。\n\n此致\n敬礼！",),
    )
    old.execute(
        "INSERT INTO cases (uuid, number, created_at, updated_at) "
        "VALUES ('u2', 'C-2026-0002', 'x', 'x')"
    )
    old.close()
    conn = open_db(path, tmp_path / "backups")
    rows = conn.execute(
        "SELECT letter_salutation, letter_text, letter_subject FROM cases ORDER BY id"
    ).fetchall()
    assert rows == [("尊敬的王经理：", "您好！对于报表错误我们深表歉意。", ""), ("", "", "")]
    assert list((tmp_path / "backups").glob("before-migration-*.db"))  # copied first


def test_a_database_at_0008_learns_corrections_that_go_with_their_case(tmp_path):
    path = tmp_path / "v8.db"
    old = connect(path)
    migrations.apply(Database(old), stop_before="0009_type_corrections")
    old.execute(
        "INSERT INTO cases (id, uuid, number, complaint_text, created_at, updated_at) "
        "VALUES (1, 'u1', 'C-2026-0001', '培训讲得太快', 'x', 'x')"
    )
    old.close()
    conn = open_db(path, tmp_path / "backups")
    assert conn.execute("SELECT complaint_text FROM cases").fetchone() == ("培训讲得太快",)
    conn.execute(
        "INSERT INTO type_corrections (case_id, complaint_text, complaint_type, "
        "suggested_type, corrected_at) VALUES (1, '培训讲得太快', 'communication', "
        "'attitude', 'x')"
    )
    conn.execute("DELETE FROM cases WHERE id = 1")
    assert conn.execute("SELECT COUNT(*) FROM type_corrections").fetchone() == (0,)


def made_before(tmp_path, migration: str, *statements: str):
    """A database as the version before `migration` left it, with `statements` run on it,
    opened (and so upgraded) by this version."""
    path = tmp_path / f"before-{migration}.db"
    old = connect(path)
    migrations.apply(Database(old), stop_before=migration)
    for statement in statements:
        old.execute(statement)
    old.close()
    return open_db(path, tmp_path / "backups")


A_CASE = (
    "INSERT INTO cases (id, uuid, number, complaint_text, created_at, updated_at) "
    "VALUES (1, 'u1', 'C-2026-0001', '报表错了', 'x', 'x')"
)


def test_a_calendar_saved_at_0009_counts_working_hours_on_the_official_days(tmp_path):
    conn = made_before(
        tmp_path,
        "0010_calendar_official",
        "INSERT INTO customer_calendars (customer, workdays, day_start, day_end, holidays) "
        "VALUES ('华信银行', '0,1,2,3,4', '08:30', '17:30', '[\"2026-12-24\"]')",
    )
    row = conn.execute(
        "SELECT day_start, holidays, counting, region, lunch_start FROM customer_calendars"
    ).fetchone()
    assert row == ("08:30", '["2026-12-24"]', "working", "cn", "")


def test_a_database_at_0011_learns_what_the_customer_promised(tmp_path):
    conn = made_before(tmp_path, "0012_customer_items", A_CASE)
    assert conn.execute("SELECT complaint_text FROM cases").fetchone() == ("报表错了",)
    conn.execute("INSERT INTO customer_items (case_id, what, created_at) VALUES (1, '日志', 'x')")
    conn.execute("DELETE FROM cases WHERE id = 1")
    assert conn.execute("SELECT COUNT(*) FROM customer_items").fetchone() == (0,)


def test_a_database_at_0012_makes_customers_of_its_names_and_merges_their_spellings(tmp_path):
    path = tmp_path / "v12.db"
    old = connect(path)
    migrations.apply(Database(old), stop_before="0014_customers")
    for number, customer in enumerate(
        ["华信银行", " 华信银行 ", "华信", "西湖数字", "西湖数字", ""], start=1
    ):
        old.execute(
            "INSERT INTO cases (uuid, number, customer, created_at, updated_at) "
            "VALUES (?, ?, ?, 'x', 'x')",
            (f"u{number}", f"C-2026-000{number}", customer),
        )
    old.execute(
        "INSERT INTO settings (key, value) VALUES ('customer_aliases', ?)",
        ('{"华信银行": ["华信", "HX"]}',),
    )
    old.execute("INSERT INTO customer_calendars (customer, day_start) VALUES ('西湖数字', '08:30')")
    old.execute("INSERT INTO customer_calendars (customer, day_start) VALUES ('远航物流', '10:00')")
    old.close()
    conn = open_db(path, tmp_path / "backups")
    customers = dict(conn.execute("SELECT name, id FROM customers"))
    assert set(customers) == {"华信银行", "西湖数字", "远航物流"}
    aliases = conn.execute(
        "SELECT alias FROM customer_aliases WHERE customer_id = ? ORDER BY position",
        (customers["华信银行"],),
    ).fetchall()
    assert aliases == [("华信",), ("HX",)]
    linked = conn.execute("SELECT customer, customer_id FROM cases ORDER BY id").fetchall()
    hx, xh = customers["华信银行"], customers["西湖数字"]
    assert linked == [
        ("华信银行", hx),
        (" 华信银行 ", hx),
        ("华信", hx),
        ("西湖数字", xh),
        ("西湖数字", xh),
        ("", None),
    ]
    assert (
        conn.execute("SELECT value FROM settings WHERE key = 'customer_aliases'").fetchone() is None
    )
    calendars = conn.execute("SELECT customer, day_start FROM customer_calendars ORDER BY 1")
    assert calendars.fetchall() == [("西湖数字", "08:30"), ("远航物流", "10:00")]
    conn.execute(f"DELETE FROM customers WHERE id = {hx}")
    assert conn.execute("SELECT COUNT(*) FROM cases WHERE customer_id IS NULL").fetchone() == (4,)


CREATED = "2026-11-01T01:00:00Z"


def test_actions_saved_at_0013_keep_their_words_and_have_no_check_recorded(tmp_path):
    conn = made_before(
        tmp_path,
        "0015_effectiveness_checks",
        "INSERT INTO cases (id, uuid, number, complaint_text, created_at, updated_at) "
        f"VALUES (1, 'u1', 'C-2026-0001', '备份失败', '{CREATED}', '{CREATED}')",
        "INSERT INTO actions (case_id, horizon, description, status, done_at, created_at) "
        f"VALUES (1, 'long_term', '备份前检查磁盘空间', 'done', '{CREATED}', '{CREATED}')",
    )
    [action] = CaseStore(conn).get(1).actions
    assert (action.description, action.status.value) == ("备份前检查磁盘空间", "done")
    assert (action.check_criterion, action.check_result, action.checked_at) == ("", None, None)
    plan = conn.execute(
        "EXPLAIN QUERY PLAN SELECT COUNT(*) FROM actions "
        "WHERE checked_at >= '2026-11' AND checked_at < '2026-12'"
    ).fetchall()
    assert "actions_check_figures" in str(plan)


def test_a_database_made_before_0016_gets_an_empty_trash_and_keeps_numbering(tmp_path):
    conn = made_before(
        tmp_path,
        "0016_trash",
        "INSERT INTO cases (id, uuid, number, complaint_text, created_at, updated_at) "
        f"VALUES (1, 'u1', 'C-2026-0001', '备份失败', '{CREATED}', '{CREATED}')",
    )
    columns = [row[1] for row in conn.execute("PRAGMA table_info(trash)")]
    assert columns == [
        "id",
        "batch",
        "kind",
        "label",
        "item_at",
        "reserved",
        "deleted_at",
        "sealed",
        "payload",
    ]
    assert conn.execute("SELECT COUNT(*) FROM trash").fetchone() == (0,)
    store = CaseStore(conn)
    assert store.get(1).intake.complaint_text == "备份失败"
    second = store.create(datetime(2026, 11, 24, tzinfo=UTC), 2026)
    assert store.get(second).number == "C-2026-0002"
    assert store.last_numbers() == {2026: 2}


def test_cases_made_before_0017_have_no_contact_title_and_keep_their_contact(tmp_path):
    conn = made_before(
        tmp_path,
        "0017_contact_title",
        "INSERT INTO cases (id, uuid, number, contact_name, created_at, updated_at) "
        f"VALUES (1, 'u1', 'C-2026-0001', '王建国', '{CREATED}', '{CREATED}')",
    )
    store = CaseStore(conn)
    intake = store.get(1).intake
    assert (intake.contact_name, intake.contact_title) == ("王建国", "")
    store.update_section(1, "intake", {"contact_title": "经理"}, datetime.now(UTC))
    assert store.get(1).intake.contact_title == "经理"


def test_cases_made_before_0018_are_about_one_type_and_can_be_about_two(tmp_path):
    conn = made_before(
        tmp_path,
        "0018_also_type",
        "INSERT INTO cases (id, uuid, number, complaint_type, created_at, updated_at) "
        f"VALUES (1, 'u1', 'C-2026-0001', 'technical', '{CREATED}', '{CREATED}')",
    )
    store = CaseStore(conn)
    classification = store.get(1).classification
    assert (classification.complaint_type, classification.also_type) == (
        ComplaintType.TECHNICAL,
        None,
    )
    store.update_section(
        1, "classification", {"also_type": ComplaintType.COMMUNICATION}, datetime.now(UTC)
    )
    assert store.get(1).classification.also_type is ComplaintType.COMMUNICATION
