"""A row and every row that goes with it, copied out as plain data, and put back.

What goes with a row is read from the schema's foreign keys, so a table added by a later
migration comes along without being named here: the rows a delete cascades to are copied; the
rows whose reference a delete sets to NULL are remembered as links, given back on restore.

Putting back keeps every id that is still free. An id taken meanwhile (SQLite gives the
highest id again once it is deleted) is given a new one, and the copied rows that point at it,
through a declared foreign key or one of domain.trash.UNDECLARED_REFERENCES, follow it. A
reference to a row that has gone since (a customer record deleted) is left empty, as the
delete of that row would have left it.
"""

from __future__ import annotations

import base64
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from desktop.domain.errors import NotFoundError, StoreError
from desktop.domain.trash import DERIVED_TABLES, JOURNAL_TABLES, UNDECLARED_REFERENCES

FORMAT = 1
# a link given back to a journal row only while its metadata is in clear (not sealed: 2)
_LINK_GUARDS = {table: " AND encrypted != 2" for table in JOURNAL_TABLES}
_CHUNK = 500


class RowConflictError(StoreError):
    """A copied row cannot go back: a unique column of `table` holds its value now."""

    def __init__(self, table: str, column: str, detail: str) -> None:
        self.table = table
        self.column = column
        super().__init__(detail)


@dataclass(frozen=True)
class _Reference:
    table: str  # the referencing table
    column: str
    parent: str
    parent_column: str
    on_delete: str  # CASCADE, SET NULL, NO ACTION…; "" for an undeclared reference


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class _Schema:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.references: list[_Reference] = []
        self._keys: dict[str, str | None] = {}
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'"
            )
        ]
        for table in tables:
            for row in conn.execute(f"PRAGMA foreign_key_list({_quoted(table)})"):
                _, _, parent, column, parent_column, _, on_delete, _ = row
                parent_column = parent_column or self.key_of(parent) or "rowid"
                self.references.append(_Reference(table, column, parent, parent_column, on_delete))
        for (table, column), parent in UNDECLARED_REFERENCES.items():
            self.references.append(_Reference(table, column, parent, "id", ""))

    def key_of(self, table: str) -> str | None:
        """The table's INTEGER PRIMARY KEY (its rowid by another name), if it has one."""
        if table not in self._keys:
            columns = list(self.conn.execute(f"PRAGMA table_info({_quoted(table)})"))
            keys = [column for column in columns if column[5]]
            alias = keys[0][1] if len(keys) == 1 and keys[0][2].upper() == "INTEGER" else None
            self._keys[table] = alias
        return self._keys[table]

    def children(self, parent: str) -> list[_Reference]:
        return [r for r in self.references if r.parent == parent and r.on_delete]

    def outgoing(self, table: str) -> list[_Reference]:
        return [r for r in self.references if r.table == table]


def _rows(
    conn: sqlite3.Connection, table: str, column: str, values: Iterable[object]
) -> list[dict[str, Any]]:
    wanted = list(dict.fromkeys(values))
    found: list[dict[str, Any]] = []
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        cursor = conn.execute(
            f"SELECT rowid AS __rowid__, * FROM {_quoted(table)} "
            f"WHERE {_quoted(column)} IN ({', '.join('?' for _ in chunk)})",
            chunk,
        )
        names = [d[0] for d in cursor.description]
        found.extend(dict(zip(names, row, strict=True)) for row in cursor)
    return found


def copy_out(conn: sqlite3.Connection, table: str, row_id: int) -> dict[str, Any]:
    """The row of `table` with id `row_id`, the rows that go with it and the links to it, as
    JSON-ready data (the caller deletes the row in the same transaction)."""
    schema = _Schema(conn)
    root = _rows(conn, table, "rowid", [row_id])
    if not root:
        raise NotFoundError(f"no {table} {row_id}")
    copied: dict[str, dict[int, dict[str, Any]]] = {table: {root[0]["__rowid__"]: root[0]}}
    links: list[tuple[str, int, str, str, object]] = []
    queue: list[tuple[str, list[dict[str, Any]]]] = [(table, root)]
    while queue:
        parent, parent_rows = queue.pop(0)
        for reference in schema.children(parent):
            if reference.table in DERIVED_TABLES:
                continue
            keys = [row[reference.parent_column] for row in parent_rows]
            found = _rows(conn, reference.table, reference.column, keys)
            if reference.on_delete == "CASCADE":
                held = copied.setdefault(reference.table, {})
                new = [row for row in found if row["__rowid__"] not in held]
                held.update((row["__rowid__"], row) for row in new)
                if new:
                    queue.append((reference.table, new))
            elif reference.on_delete == "SET NULL":
                links.extend(
                    (
                        reference.table,
                        row["__rowid__"],
                        reference.column,
                        parent,
                        row[reference.column],
                    )
                    for row in found
                )
    links = [link for link in links if link[1] not in copied.get(link[0], {})]
    return {
        "format": FORMAT,
        "table": table,
        "id": row_id,
        "rows": [
            _table_rows(name, list(copied[name].values()))
            for name in _parents_first(schema, [name for name in copied if copied[name]])
        ],
        "links": [list(link) for link in links],
    }


def _table_rows(table: str, rows: list[dict[str, Any]]) -> list[Any]:
    columns = [name for name in rows[0] if name != "__rowid__"]
    return [table, columns, [[_plain(row[name]) for name in columns] for row in rows]]


def _plain(value: object) -> object:
    if isinstance(value, bytes):
        return {"base64": base64.b64encode(value).decode("ascii")}
    return value


def _value(value: object) -> object:
    if isinstance(value, dict) and "base64" in value:
        return base64.b64decode(value["base64"])
    return value


def _parents_first(schema: _Schema, tables: list[str]) -> list[str]:
    """The tables in an order where every table comes after those it refers to."""
    ordered: list[str] = []
    waiting = list(tables)
    while waiting:
        for table in waiting:
            parents = {r.parent for r in schema.outgoing(table) if r.parent != table}
            if not parents & (set(waiting) - {table}):
                ordered.append(table)
                waiting.remove(table)
                break
        else:  # a cycle: the schema has none, but never loop for ever
            ordered.extend(waiting)
            break
    return ordered


def put_back(conn: sqlite3.Connection, copy: dict[str, Any]) -> int:
    """Insert the copied rows again and give back the links; the root row's id now. The caller
    holds the transaction: a RowConflictError leaves it to be rolled back."""
    if copy.get("format") != FORMAT:
        raise StoreError(f"a Trash item of an unknown format: {copy.get('format')!r}")
    schema = _Schema(conn)
    moved: dict[tuple[str, object], object] = {}  # (table, old id) → id now
    exists: dict[tuple[str, str, object], bool] = {}

    def still_there(table: str, column: str, value: object) -> bool:
        key = (table, column, value)
        if key not in exists:
            exists[key] = (
                conn.execute(
                    f"SELECT 1 FROM {_quoted(table)} WHERE {_quoted(column)} = ? LIMIT 1", (value,)
                ).fetchone()
                is not None
            )
        return exists[key]

    for table, columns, rows in copy["rows"]:
        key = schema.key_of(table)
        references = schema.outgoing(table)
        for values in rows:
            row = dict(zip(columns, (_value(v) for v in values), strict=True))
            for reference in references:
                value = row.get(reference.column)
                if value is None:
                    continue
                if (reference.parent, value) in moved:
                    row[reference.column] = moved[(reference.parent, value)]
                elif reference.on_delete and not still_there(
                    reference.parent, reference.parent_column, value
                ):
                    row[reference.column] = None
            old = row.get(key) if key else None
            if key and still_there(table, key, old):
                del row[key]
            cursor = _insert(conn, table, row)
            if key:
                moved[(table, old)] = cursor.lastrowid
    for table, row_id, column, parent, value in copy["links"]:
        value = moved.get((parent, value), value)
        conn.execute(
            f"UPDATE {_quoted(table)} SET {_quoted(column)} = ? "
            f"WHERE rowid = ? AND {_quoted(column)} IS NULL{_LINK_GUARDS.get(table, '')}",
            (value, row_id),
        )
    root = moved.get((copy["table"], copy["id"]))
    assert isinstance(root, int)
    return root


def _insert(conn: sqlite3.Connection, table: str, row: dict[str, Any]) -> sqlite3.Cursor:
    names = ", ".join(_quoted(name) for name in row)
    try:
        return conn.execute(
            f"INSERT INTO {_quoted(table)} ({names}) VALUES ({', '.join('?' for _ in row)})",
            tuple(row.values()),
        )
    except sqlite3.IntegrityError as error:
        # "UNIQUE constraint failed: cases.number"
        detail = str(error)
        column = detail.rsplit(".", 1)[-1] if "UNIQUE" in detail else ""
        raise RowConflictError(table, column, detail) from error
