"""Checking the database file itself, on a connection of its own (read-only)."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def check_file(path: Path, thorough: bool = False) -> list[str]:
    """Problems SQLite finds in the file; empty when it is sound. Never writes."""
    if not path.exists():
        return []
    if path.is_file() and path.stat().st_size == 0:
        return ["the file is empty (0 bytes)"]
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            pragma = "integrity_check" if thorough else "quick_check"
            rows = [row[0] for row in conn.execute(f"PRAGMA {pragma}")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        return [str(error)]
    return [] if rows == ["ok"] else rows
