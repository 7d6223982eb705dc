"""The schema, as named and ordered migrations. Never edit a migration that has landed: add one."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATION_SET = "turnaround"
migrations = Migrations(MIGRATION_SET)


def _run(db: Database, ddl: str) -> None:
    # executescript() would commit the migration's transaction half-way: run one by one.
    for statement in ddl.split(";\n"):
        if statement.strip():
            db.execute(statement)


@migrations(name="0001_initial")
def initial(db: Database) -> None:
    _run(db, _INITIAL)


_INITIAL = """
CREATE TABLE cases (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  number TEXT NOT NULL UNIQUE,
  status TEXT NOT NULL DEFAULT 'draft',
  stage INTEGER NOT NULL DEFAULT 1,
  last_page INTEGER NOT NULL DEFAULT 1,
  title TEXT NOT NULL DEFAULT '',
  customer TEXT NOT NULL DEFAULT '',
  project TEXT NOT NULL DEFAULT '',
  contact_name TEXT NOT NULL DEFAULT '',
  contact_phone TEXT NOT NULL DEFAULT '',
  contact_email TEXT NOT NULL DEFAULT '',
  channel TEXT,
  received_at TEXT,
  complaint_text TEXT NOT NULL DEFAULT '',
  requested_remedy TEXT NOT NULL DEFAULT '',
  people_involved TEXT NOT NULL DEFAULT '',
  impact_users TEXT NOT NULL DEFAULT '',
  impact_departments TEXT NOT NULL DEFAULT '',
  impact_business TEXT NOT NULL DEFAULT '',
  severity TEXT,
  complaint_type TEXT,
  subtype TEXT,
  responsibility TEXT,
  responded_at TEXT,
  response_channel TEXT,
  response_script TEXT NOT NULL DEFAULT '',
  root_cause TEXT NOT NULL DEFAULT '',
  escape_point TEXT NOT NULL DEFAULT '',
  five_whys TEXT NOT NULL DEFAULT '[]',
  next_update_days INTEGER NOT NULL DEFAULT 2,
  lesson_to_share TEXT NOT NULL DEFAULT '',
  lesson_shared_at TEXT,
  summary TEXT NOT NULL DEFAULT '',
  letter_text TEXT NOT NULL DEFAULT '',
  follow_up_due_at TEXT,
  follow_up_done_at TEXT,
  follow_up_notes TEXT NOT NULL DEFAULT '',
  csat INTEGER CHECK (csat BETWEEN 1 AND 5),
  nps INTEGER CHECK (nps BETWEEN 0 AND 10),
  survey_comment TEXT NOT NULL DEFAULT '',
  surveyed_at TEXT,
  next_due_at TEXT,
  next_kind TEXT,
  paused_since TEXT,
  closed_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX cases_received ON cases (received_at);
CREATE INDEX cases_status ON cases (status, received_at);
CREATE INDEX cases_customer ON cases (customer);
CREATE INDEX cases_type ON cases (complaint_type, received_at);
CREATE INDEX cases_severity ON cases (severity, received_at);
CREATE INDEX cases_next_due ON cases (next_due_at);
CREATE TABLE case_people (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  role TEXT NOT NULL DEFAULT '',
  organisation TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT ''
);
CREATE INDEX case_people_case ON case_people (case_id);
CREATE TABLE commitments (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  source_id INTEGER,
  description TEXT NOT NULL DEFAULT '',
  due_at TEXT NOT NULL,
  kept_at TEXT,
  cancelled_at TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX commitments_case ON commitments (case_id);
CREATE INDEX commitments_open ON commitments (due_at)
  WHERE kept_at IS NULL AND cancelled_at IS NULL;
CREATE TABLE case_pauses (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  started_at TEXT NOT NULL,
  ended_at TEXT,
  reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX case_pauses_case ON case_pauses (case_id);
CREATE TABLE customer_calendars (
  customer TEXT PRIMARY KEY,
  workdays TEXT NOT NULL DEFAULT '0,1,2,3,4',
  day_start TEXT NOT NULL DEFAULT '09:00',
  day_end TEXT NOT NULL DEFAULT '18:00',
  holidays TEXT NOT NULL DEFAULT '[]',
  time_zone TEXT NOT NULL DEFAULT ''
);
CREATE TABLE investigation_items (
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  item_key TEXT NOT NULL,
  done INTEGER NOT NULL DEFAULT 0,
  note TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (case_id, item_key)
);
CREATE TABLE evidence (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  file_name TEXT NOT NULL DEFAULT '',
  stored_path TEXT NOT NULL DEFAULT '',
  sha256 TEXT NOT NULL DEFAULT '',
  size INTEGER NOT NULL DEFAULT 0,
  added_at TEXT NOT NULL
);
CREATE INDEX evidence_case ON evidence (case_id);
CREATE TABLE interviews (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  person TEXT NOT NULL,
  role TEXT NOT NULL DEFAULT '',
  held_on TEXT,
  summary TEXT NOT NULL DEFAULT ''
);
CREATE INDEX interviews_case ON interviews (case_id);
CREATE TABLE factors (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  nature TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX factors_case ON factors (case_id);
CREATE TABLE actions (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  position INTEGER NOT NULL DEFAULT 0,
  horizon TEXT NOT NULL,
  description TEXT NOT NULL,
  owner TEXT NOT NULL DEFAULT '',
  due_at TEXT,
  status TEXT NOT NULL DEFAULT 'planned',
  cancel_reason TEXT NOT NULL DEFAULT '',
  done_at TEXT,
  verification TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
);
CREATE INDEX actions_case ON actions (case_id, position);
CREATE TABLE progress_updates (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  sent_at TEXT NOT NULL,
  channel TEXT,
  summary TEXT NOT NULL DEFAULT ''
);
CREATE INDEX progress_updates_case ON progress_updates (case_id);
CREATE TABLE escalations (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  to_whom TEXT NOT NULL,
  role TEXT NOT NULL DEFAULT '',
  escalated_at TEXT,
  reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX escalations_case ON escalations (case_id);
CREATE TABLE collaborators (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  department TEXT NOT NULL,
  person TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL DEFAULT ''
);
CREATE INDEX collaborators_case ON collaborators (case_id);
CREATE TABLE resource_requests (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  what TEXT NOT NULL,
  from_whom TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'asked'
);
CREATE INDEX resource_requests_case ON resource_requests (case_id);
CREATE TABLE compensations (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  value TEXT NOT NULL DEFAULT ''
);
CREATE INDEX compensations_case ON compensations (case_id);
CREATE TABLE timeline_events (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  kind TEXT NOT NULL,
  detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX timeline_events_case ON timeline_events (case_id, at);
CREATE TABLE journal_entries (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  written_at TEXT NOT NULL,
  case_id INTEGER REFERENCES cases(id) ON DELETE SET NULL,
  body TEXT NOT NULL DEFAULT '',
  accept_feeling TEXT NOT NULL DEFAULT '',
  talked_to TEXT NOT NULL DEFAULT '',
  what_helped TEXT NOT NULL DEFAULT '',
  reframe TEXT NOT NULL DEFAULT '',
  encrypted INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX journal_entries_written ON journal_entries (written_at);
CREATE TABLE journal_emotions (
  entry_id INTEGER NOT NULL REFERENCES journal_entries(id) ON DELETE CASCADE,
  emotion TEXT NOT NULL,
  intensity INTEGER NOT NULL CHECK (intensity BETWEEN 0 AND 100),
  PRIMARY KEY (entry_id, emotion)
);
CREATE TABLE thought_records (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  case_id INTEGER REFERENCES cases(id) ON DELETE SET NULL,
  situation TEXT NOT NULL DEFAULT '',
  automatic_thoughts TEXT NOT NULL DEFAULT '',
  emotions_before TEXT NOT NULL DEFAULT '[]',
  thinking_traps TEXT NOT NULL DEFAULT '[]',
  evidence_for TEXT NOT NULL DEFAULT '',
  evidence_against TEXT NOT NULL DEFAULT '',
  balanced_thought TEXT NOT NULL DEFAULT '',
  emotions_after TEXT NOT NULL DEFAULT '[]',
  encrypted INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE self_reviews (
  id INTEGER PRIMARY KEY,
  case_id INTEGER REFERENCES cases(id) ON DELETE SET NULL,
  went_well TEXT NOT NULL DEFAULT '',
  went_wrong TEXT NOT NULL DEFAULT '',
  lucky TEXT NOT NULL DEFAULT '',
  differently TEXT NOT NULL DEFAULT '',
  encrypted INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE goals (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  target_count INTEGER NOT NULL DEFAULT 1 CHECK (target_count >= 1),
  period_days INTEGER NOT NULL DEFAULT 7 CHECK (period_days >= 1),
  starts_on TEXT NOT NULL,
  case_id INTEGER REFERENCES cases(id) ON DELETE SET NULL,
  action_id INTEGER REFERENCES actions(id) ON DELETE SET NULL,
  archived INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);
CREATE TABLE goal_checkins (
  id INTEGER PRIMARY KEY,
  goal_id INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX goal_checkins_goal ON goal_checkins (goal_id, at);
CREATE TABLE goal_skips (
  goal_id INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
  period_start TEXT NOT NULL,
  PRIMARY KEY (goal_id, period_start)
);
CREATE TABLE library_lessons (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  case_id INTEGER REFERENCES cases(id) ON DELETE SET NULL,
  title TEXT NOT NULL,
  complaint_type TEXT,
  tags TEXT NOT NULL DEFAULT '[]',
  problem TEXT NOT NULL DEFAULT '',
  root_cause TEXT NOT NULL DEFAULT '',
  solution TEXT NOT NULL DEFAULT '',
  prevention TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE checklists (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  source TEXT NOT NULL DEFAULT 'user',
  case_id INTEGER REFERENCES cases(id) ON DELETE CASCADE,
  project_note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
);
CREATE TABLE checklist_items (
  id INTEGER PRIMARY KEY,
  checklist_id INTEGER NOT NULL REFERENCES checklists(id) ON DELETE CASCADE,
  position INTEGER NOT NULL DEFAULT 0,
  text TEXT NOT NULL,
  done INTEGER NOT NULL DEFAULT 0,
  lesson_id INTEGER REFERENCES library_lessons(id) ON DELETE SET NULL
);
CREATE INDEX checklist_items_list ON checklist_items (checklist_id, position);
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
)
"""


@migrations(name="0002_case_search")
def case_search(db: Database) -> None:
    """All the text of a case in one row, indexed by FTS5 with trigrams (Chinese substrings)."""
    for statement in _CASE_SEARCH:
        db.execute(statement)
    db.execute(
        "INSERT INTO case_text (case_id, body) SELECT id, number || ' ' || title || ' ' || "
        "customer || ' ' || project || ' ' || contact_name || ' ' || complaint_text || ' ' || "
        "requested_remedy || ' ' || root_cause || ' ' || summary FROM cases"
    )


_CASE_SEARCH = (
    """CREATE TABLE case_text (
      case_id INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
      body TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE VIRTUAL TABLE case_fts USING fts5(
      body, content='case_text', content_rowid='case_id', tokenize='trigram'
    )""",
    """CREATE TRIGGER case_text_ai AFTER INSERT ON case_text BEGIN
      INSERT INTO case_fts (rowid, body) VALUES (new.case_id, new.body);
    END""",
    """CREATE TRIGGER case_text_ad AFTER DELETE ON case_text BEGIN
      INSERT INTO case_fts (case_fts, rowid, body) VALUES ('delete', old.case_id, old.body);
    END""",
    """CREATE TRIGGER case_text_au AFTER UPDATE ON case_text BEGIN
      INSERT INTO case_fts (case_fts, rowid, body) VALUES ('delete', old.case_id, old.body);
      INSERT INTO case_fts (rowid, body) VALUES (new.case_id, new.body);
    END""",
)


@migrations(name="0003_sort_indexes")
def sort_indexes(db: Database) -> None:
    """Every column the case list sorts by has an index, so a page of 100,000 comes quickly.

    The expressions must stay identical to the ORDER BY expressions in store/cases.py.
    """
    for statement in (
        "CREATE INDEX cases_stage_sort ON cases (stage)",
        "CREATE INDEX cases_status_sort ON cases (status)",
        "CREATE INDEX cases_type_sort ON cases (complaint_type)",
        "CREATE INDEX cases_severity_sort ON cases (CASE severity WHEN 'low' THEN 1 "
        "WHEN 'medium' THEN 2 WHEN 'high' THEN 3 WHEN 'critical' THEN 4 ELSE 0 END)",
        "CREATE INDEX cases_title_sort ON cases "
        "(COALESCE(NULLIF(title, ''), substr(complaint_text, 1, 30)))",
    ):
        db.execute(statement)


@migrations(name="0004_letter_language")
def letter_language(db: Database) -> None:
    """The saved letter text belongs to one language; an export in the other starts afresh."""
    db.execute("ALTER TABLE cases ADD COLUMN letter_language TEXT NOT NULL DEFAULT ''")


@migrations(name="0005_lesson_search")
def lesson_search(db: Database) -> None:
    """Lessons are searched like cases (trigram FTS5); a lesson says whose it is; a checklist
    item made from a lesson remembers the lesson's case."""
    for statement in _LESSON_SEARCH:
        db.execute(statement)
    db.execute("INSERT INTO lesson_fts (lesson_fts) VALUES ('rebuild')")


_LESSON_COLUMNS = "title, tags, problem, root_cause, solution, prevention"
_LESSON_NEW = ", ".join(f"new.{name}" for name in _LESSON_COLUMNS.split(", "))
_LESSON_OLD = ", ".join(f"old.{name}" for name in _LESSON_COLUMNS.split(", "))
_LESSON_SEARCH = (
    "ALTER TABLE library_lessons ADD COLUMN origin TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE checklist_items ADD COLUMN case_id INTEGER "
    "REFERENCES cases(id) ON DELETE SET NULL",
    "CREATE INDEX library_lessons_updated ON library_lessons (updated_at)",
    f"""CREATE VIRTUAL TABLE lesson_fts USING fts5(
      {_LESSON_COLUMNS}, content='library_lessons', content_rowid='id', tokenize='trigram'
    )""",
    f"""CREATE TRIGGER library_lessons_ai AFTER INSERT ON library_lessons BEGIN
      INSERT INTO lesson_fts (rowid, {_LESSON_COLUMNS}) VALUES (new.id, {_LESSON_NEW});
    END""",
    f"""CREATE TRIGGER library_lessons_ad AFTER DELETE ON library_lessons BEGIN
      INSERT INTO lesson_fts (lesson_fts, rowid, {_LESSON_COLUMNS})
      VALUES ('delete', old.id, {_LESSON_OLD});
    END""",
    f"""CREATE TRIGGER library_lessons_au AFTER UPDATE ON library_lessons BEGIN
      INSERT INTO lesson_fts (lesson_fts, rowid, {_LESSON_COLUMNS})
      VALUES ('delete', old.id, {_LESSON_OLD});
      INSERT INTO lesson_fts (rowid, {_LESSON_COLUMNS}) VALUES (new.id, {_LESSON_NEW});
    END""",
)


@migrations(name="0006_journal_metadata")
def journal_metadata(db: Database) -> None:
    """With a passphrase, a journal's feelings and intensities, thinking traps and case links
    are sealed with its text, as one encrypted JSON in `sealed` (`encrypted` = 2); the clear
    columns stay empty then. Rows sealed before (text only, `encrypted` = 1) are sealed wholly
    at the next unlock: the key is not known here."""
    for table in ("journal_entries", "thought_records", "self_reviews"):
        db.execute(f"ALTER TABLE {table} ADD COLUMN sealed TEXT NOT NULL DEFAULT ''")


# 0007 and later, registered after the ones above
from desktop.store import migrations_letters  # noqa: E402, F401
