"""Migrations from 0007 on (migrations.py holds 0001–0006 and is long enough). Imported at the
end of migrations.py, so they register after the earlier ones, in order."""

from __future__ import annotations

from sqlite_utils import Database

from desktop.domain.letter import split_legacy_letter
from desktop.store.migrations import migrations


@migrations(name="0007_letter_parts")
def letter_parts(db: Database) -> None:
    """The letter's subject line and salutation are kept apart from its body, and its closing
    (此致 敬礼！ / Yours sincerely,) belongs to the layout. A letter saved before keeps its words:
    its first line becomes the salutation when it is one, and its closing lines are dropped."""
    db.execute("ALTER TABLE cases ADD COLUMN letter_subject TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE cases ADD COLUMN letter_salutation TEXT NOT NULL DEFAULT ''")
    saved = db.execute("SELECT id, letter_text FROM cases WHERE letter_text != ''").fetchall()
    for case_id, text in saved:
        salutation, body = split_legacy_letter(text)
        db.execute(
            "UPDATE cases SET letter_salutation = ?, letter_text = ? WHERE id = ?",
            (salutation, body, case_id),
        )


@migrations(name="0008_open_commitments_by_kind")
def open_commitments_by_kind(db: Database) -> None:
    """The commitments due, counted at start-up and every minute, read from indexes alone: the
    open ones by date and by kind and date (with their case), and the paused cases. Among
    100,000 cases the count takes 2 ms instead of 40."""
    db.execute("DROP INDEX commitments_open")
    db.execute(
        "CREATE INDEX commitments_open ON commitments (due_at, case_id) "
        "WHERE kept_at IS NULL AND cancelled_at IS NULL"
    )
    db.execute(
        "CREATE INDEX commitments_open_kind ON commitments (kind, due_at, case_id) "
        "WHERE kept_at IS NULL AND cancelled_at IS NULL"
    )
    db.execute("CREATE INDEX cases_paused ON cases (id) WHERE paused_since IS NOT NULL")


@migrations(name="0009_type_corrections")
def type_corrections(db: Database) -> None:
    """The complaints the user classified differently from the suggestion, one per case: the
    type suggestion adds them to its model, so it learns to classify as the user does. They go
    with their case; Settings can forget them all."""
    db.execute(
        """CREATE TABLE type_corrections (
  case_id INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
  complaint_text TEXT NOT NULL,
  complaint_type TEXT NOT NULL,
  subtype TEXT,
  suggested_type TEXT NOT NULL,
  corrected_at TEXT NOT NULL
)"""
    )


@migrations(name="0010_calendar_official")
def calendar_official(db: Database) -> None:
    """A working calendar knows whether it counts at all (a customer may count in calendar hours
    while the default counts working hours), its region's official days off and make-up working
    days, and an optional lunch break. The default calendar is the row of customer ''. Calendars
    saved before count working hours, with mainland China's official days (their hand-typed
    holidays stay)."""
    db.execute("ALTER TABLE customer_calendars ADD COLUMN counting TEXT NOT NULL DEFAULT 'working'")
    db.execute("ALTER TABLE customer_calendars ADD COLUMN region TEXT NOT NULL DEFAULT 'cn'")
    db.execute("ALTER TABLE customer_calendars ADD COLUMN lunch_start TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE customer_calendars ADD COLUMN lunch_end TEXT NOT NULL DEFAULT ''")


@migrations(name="0011_insights_indexes")
def insights_indexes(db: Database) -> None:
    """Insights count from indexes alone, month by month, never reading a case's long texts:
    kept commitments by when they were kept (and of which kind), complaints by when they were
    received (with type, status, customer and closing), surveys by their month; the open
    commitments already have theirs (0008).
    Among 100,000 cases every figure takes about 100 ms instead of over a second."""
    for name, columns in (
        ("commitments_kept_figures", "kept_at, due_at, cancelled_at"),
        ("commitments_kept_kind_figures", "kind, kept_at, due_at, cancelled_at"),
    ):
        db.execute(
            f"CREATE INDEX {name} ON commitments ({columns}) "
            "WHERE kept_at IS NOT NULL AND cancelled_at IS NULL"
        )
    db.execute("CREATE INDEX cases_customer_figures ON cases (customer, received_at, status)")
    db.execute(
        "CREATE INDEX cases_received_figures ON cases "
        "(received_at, status, complaint_type, customer, closed_at)"
    )
    db.execute(
        "CREATE INDEX cases_survey_figures ON cases "
        "(COALESCE(surveyed_at, received_at), status, csat, nps, surveyed_at, received_at) "
        "WHERE csat IS NOT NULL OR nps IS NOT NULL"
    )


@migrations(name="0012_customer_items")
def customer_items(db: Database) -> None:
    """Both sides' promises: what the customer promised us (logs, a test confirmation, a
    signature), by when; the case waits on it and its lateness is theirs."""
    db.execute(
        """CREATE TABLE customer_items (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  what TEXT NOT NULL,
  due_at TEXT,
  created_at TEXT NOT NULL,
  received_at TEXT,
  cancelled_at TEXT
)"""
    )
    db.execute("CREATE INDEX customer_items_case ON customer_items (case_id)")
    db.execute(
        "CREATE INDEX customer_items_open ON customer_items (due_at, case_id) "
        "WHERE received_at IS NULL AND cancelled_at IS NULL"
    )


@migrations(name="0013_kept_late_indexes")
def kept_late_indexes(db: Database) -> None:
    """Insights count commitments kept late, and first responses, from indexes of their own:
    each month's figure is then a count of index entries, with nothing to compare row by row.
    Among 100,000 cases (a million commitments) Insights take half the time."""
    for name, where in (
        ("commitments_kept_late", "kept_at > due_at AND cancelled_at IS NULL"),
        (
            "first_responses_kept",
            "kind = 'first_response' AND kept_at IS NOT NULL AND cancelled_at IS NULL",
        ),
        (
            "first_responses_kept_late",
            "kind = 'first_response' AND kept_at > due_at AND cancelled_at IS NULL",
        ),
    ):
        # every column the condition names is in the index: the count reads no table row
        columns = "kept_at, due_at, kind, cancelled_at"
        db.execute(f"CREATE INDEX {name} ON commitments ({columns}) WHERE {where}")
    db.execute("DROP INDEX commitments_kept_kind_figures")  # what the first responses used


@migrations(name="0014_customers")
def customers(db: Database) -> None:
    """Customers are records: a name, the other names they go by, the language their documents
    are written in ('' : the complaint's), an address and contacts with their titles. A case
    keeps the name as typed and links to its record, so two spellings count as one customer.
    One record is made per distinct name of the cases, of the calendars and of the aliases kept
    in settings until now; a name that is someone's alias links to that someone. Calendars stay
    keyed by the record's name."""
    import json

    db.execute(
        """CREATE TABLE customers (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  document_language TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT ''
)"""
    )
    db.execute(
        """CREATE TABLE customer_aliases (
  customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  alias TEXT NOT NULL COLLATE NOCASE,
  position INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (customer_id, alias)
)"""
    )
    db.execute("CREATE INDEX customer_aliases_alias ON customer_aliases (alias)")
    db.execute(
        """CREATE TABLE customer_contacts (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL DEFAULT 0
)"""
    )
    db.execute("CREATE INDEX customer_contacts_customer ON customer_contacts (customer_id)")
    db.execute(
        "ALTER TABLE cases ADD COLUMN customer_id INTEGER "
        "REFERENCES customers(id) ON DELETE SET NULL"
    )
    db.execute(
        "CREATE INDEX cases_customer_id_figures ON cases "
        "(customer_id, received_at, status, customer)"
    )

    def record(name: str) -> int:
        row = db.execute("SELECT id FROM customers WHERE name = ?", (name,)).fetchone()
        if row:
            return int(row[0])
        return int(db.execute("INSERT INTO customers (name) VALUES (?)", (name,)).lastrowid or 0)

    row = db.execute("SELECT value FROM settings WHERE key = 'customer_aliases'").fetchone()
    stored = json.loads(row[0]) if row else {}
    for name, aliases in stored.items() if isinstance(stored, dict) else ():
        name = " ".join(str(name).split())
        if not name or not isinstance(aliases, list):
            continue
        customer_id = record(name)
        for position, alias in enumerate(aliases):
            alias = " ".join(str(alias).split())
            if alias and alias.casefold() != name.casefold():
                db.execute(
                    "INSERT OR IGNORE INTO customer_aliases (customer_id, alias, position) "
                    "VALUES (?, ?, ?)",
                    (customer_id, alias, position),
                )
    db.execute("DELETE FROM settings WHERE key = 'customer_aliases'")

    def resolve(raw: str) -> tuple[str, int]:
        name = " ".join(raw.split())
        known = db.execute(
            "SELECT customers.id, customers.name FROM customer_aliases "
            "JOIN customers ON customers.id = customer_id WHERE alias = ? LIMIT 1",
            (name,),
        ).fetchone()
        if known is None:
            customer_id = record(name)
            known = db.execute(
                "SELECT id, name FROM customers WHERE id = ?", (customer_id,)
            ).fetchone()
        return str(known[1]), int(known[0])

    calendars = db.execute("SELECT customer FROM customer_calendars WHERE customer != ''")
    for (raw,) in calendars.fetchall():
        name, _ = resolve(raw)
        if name != raw:  # kept under an alias or another spelling: under the record's name now
            db.execute(
                "UPDATE OR IGNORE customer_calendars SET customer = ? WHERE customer = ?",
                (name, raw),
            )
    cases = db.execute("SELECT DISTINCT customer FROM cases WHERE TRIM(customer) != ''")
    for (raw,) in cases.fetchall():
        _, customer_id = resolve(raw)
        db.execute("UPDATE cases SET customer_id = ? WHERE customer = ?", (customer_id, raw))


@migrations(name="0015_effectiveness_checks")
def effectiveness_checks(db: Database) -> None:
    """Each action has an effectiveness check: what must hold, an optional date of its own, and
    what the check found (held or failed), why and when. Insights count the checks recorded
    month by month from an index of their own. Actions saved before keep their words and have
    no check recorded; the ledger makes a done action's check due when it is next changed."""
    for column in (
        "check_criterion TEXT NOT NULL DEFAULT ''",
        "check_due_at TEXT",
        "check_result TEXT",
        "check_note TEXT NOT NULL DEFAULT ''",
        "checked_at TEXT",
    ):
        db.execute(f"ALTER TABLE actions ADD COLUMN {column}")
    db.execute(
        "CREATE INDEX actions_check_figures ON actions (checked_at, check_result) "
        "WHERE checked_at IS NOT NULL"
    )


@migrations(name="0016_trash")
def trash(db: Database) -> None:
    """Deleting moves to the Trash, kept 30 days: one row per item deleted, holding the item
    and every row that went with it as JSON (sealed with the journal's key for the journal's
    items), its label, when it was deleted and the delete it belongs to (batch). A case in the
    Trash keeps its number (reserved) from being given to a new case. AUTOINCREMENT: an id is
    never used twice, so a folder named by it in trash/ is never taken for another item's."""
    db.execute(
        """CREATE TABLE trash (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  batch INTEGER NOT NULL,
  kind TEXT NOT NULL,
  label TEXT NOT NULL DEFAULT '',
  item_at TEXT,
  reserved TEXT NOT NULL DEFAULT '',
  deleted_at TEXT NOT NULL,
  sealed INTEGER NOT NULL DEFAULT 0,
  payload TEXT NOT NULL
)"""
    )
    db.execute("CREATE INDEX trash_deleted ON trash (deleted_at)")
    db.execute("CREATE INDEX trash_batch ON trash (batch)")


@migrations(name="0017_contact_title")
def contact_title(db: Database) -> None:
    """A case keeps how its contact is addressed (经理, 主任, Ms): the letter's salutation and
    the first message call them by it (尊敬的王经理：) before their customer's record has them.
    Cases made before have none, and are addressed by name as before."""
    db.execute("ALTER TABLE cases ADD COLUMN contact_title TEXT NOT NULL DEFAULT ''")


@migrations(name="0018_also_type")
def also_type(db: Database) -> None:
    """A case keeps the other type its complaint is also about (a wrong report, and nobody
    called back): the letter and the first message apologise for that part too. Cases made
    before have none, and their letters read as before."""
    db.execute("ALTER TABLE cases ADD COLUMN also_type TEXT")
