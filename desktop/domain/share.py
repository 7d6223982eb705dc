"""The lessons file colleagues swap: its JSON content, checked field by field on the way in."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from desktop.domain.errors import ValidationError
from desktop.domain.library import Lesson, clean_lesson

FORMAT = "turnaround-lessons"
FORMAT_VERSION = 1
MAX_LESSONS = 100_000
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def lesson_to_dict(lesson: Lesson) -> dict[str, Any]:
    """What leaves the laptop: the content only, never the local case it came from."""
    return {
        "uuid": lesson.uuid,
        "title": lesson.title,
        "complaint_type": lesson.complaint_type.value if lesson.complaint_type else None,
        "tags": list(lesson.tags),
        "problem": lesson.problem,
        "root_cause": lesson.root_cause,
        "solution": lesson.solution,
        "prevention": lesson.prevention,
        "origin": lesson.origin,
        "created_at": lesson.created_at.isoformat() if lesson.created_at else None,
        "updated_at": lesson.updated_at.isoformat() if lesson.updated_at else None,
    }


def _damaged(detail: str) -> ValidationError:
    return ValidationError("file", "share_damaged", detail=detail)


def _time(value: object, name: str) -> datetime | None:
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        raise _damaged(f"{name}: {str(value)[:40]}") from None
    if moment.tzinfo is None:
        raise _damaged(f"{name}: {value}")
    return moment


def lesson_from_dict(data: object, origin: str) -> Lesson:
    """One lesson of a colleague's file, every field checked as if it had been typed in.
    `origin` is who it came from, for lessons that do not already say."""
    if not isinstance(data, dict):
        raise _damaged("not an object")
    uuid = str(data.get("uuid", "")).lower()
    if not _UUID.match(uuid):
        raise _damaged(f"uuid: {uuid[:40]!r}")
    values = {
        name: data.get(name, "")
        for name in ("title", "tags", "problem", "root_cause", "solution", "prevention")
    }
    values["tags"] = data.get("tags") or []
    values["complaint_type"] = data.get("complaint_type")
    values["origin"] = data.get("origin") or origin
    try:
        cleaned = clean_lesson(values)
    except ValidationError as error:
        raise _damaged(f"{uuid}: {error.field}") from None
    return Lesson(
        id=0,
        uuid=uuid,
        created_at=_time(data.get("created_at"), "created_at"),
        updated_at=_time(data.get("updated_at"), "updated_at"),
        **cleaned,
    )


def lessons_from_json(data: object, origin: str) -> list[Lesson]:
    if not isinstance(data, list):
        raise _damaged("lessons.json is not a list")
    if len(data) > MAX_LESSONS:
        raise _damaged(f"{len(data)} lessons")
    return [lesson_from_dict(item, origin) for item in data]


def check_manifest(manifest: object) -> dict[str, Any]:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ValidationError("file", "share_not_lessons")
    version = manifest.get("version")
    if type(version) is not int or version < 1:
        raise _damaged(f"version {str(version)[:40]!r}")
    if version > FORMAT_VERSION:
        raise ValidationError("file", "share_newer")
    if not isinstance(manifest.get("files", {}), dict):
        raise ValidationError("file", "share_not_lessons")
    return manifest
