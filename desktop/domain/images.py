"""Recognising the image files a letterhead can use (PNG and JPEG), by their first bytes."""

from __future__ import annotations

from pathlib import Path


def image_kind(path: Path) -> str | None:
    """'png', 'jpeg' or None when the file is not an image we can print."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(8)
    except OSError:
        return None
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    return None
