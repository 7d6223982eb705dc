"""Where things live: the data folder, the log folder and the shipped resources.

The data folder is, in order: the --data-dir argument, the TURNAROUND_HOME environment variable,
the platform's user data folder. Nothing here creates a folder at import time.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from desktop import APP_NAME

ENV_HOME = "TURNAROUND_HOME"
DB_FILE = "turnaround.db"


class DataFolderError(Exception):
    """The data folder cannot be created or written."""


@dataclass(frozen=True)
class DataFolder:
    root: Path
    custom: bool = True  # chosen by --data-dir or TURNAROUND_HOME, not the platform default

    @property
    def database(self) -> Path:
        return self.root / DB_FILE

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def trash(self) -> Path:
        """Deleted cases' attachment folders, one per Trash item (made when first needed)."""
        return self.root / "trash"

    def ensure(self) -> DataFolder:
        """Create the folder and its sub-folders, readable by the owner only."""
        try:
            for folder in (self.root, self.attachments, self.backups):
                folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            probe = self.root / ".write-test"
            probe.write_bytes(b"")
            probe.unlink()
            if os.name == "posix":
                os.chmod(self.root, 0o700)
        except OSError as error:
            raise DataFolderError(
                f"cannot use data folder {self.root}: {error.strerror or error}"
            ) from error
        return self


def data_folder(override: str | os.PathLike[str] | None = None) -> DataFolder:
    chosen = override or os.environ.get(ENV_HOME)
    if chosen:
        return DataFolder(Path(chosen).expanduser().resolve())
    import platformdirs  # only when needed: it costs start-up time

    return DataFolder(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)), custom=False)


def sample_folder(folder: DataFolder) -> DataFolder:
    """The sample data's own folder, beside the user's: sample cases never mix with theirs."""
    return DataFolder(folder.root.with_name(f"{folder.root.name}-sample"))


def log_folder(folder: DataFolder) -> Path:
    """The platform's log folder; a custom data folder keeps its logs inside it."""
    if folder.custom:
        return folder.root / "logs"
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


@cache
def resources_dir() -> Path:
    """The shipped resources: inside the package when installed or frozen, else the checkout's.

    Found beside this file rather than through importlib.resources (8 ms of start-up): the
    package is always installed as files, never run from a zip."""
    package = Path(__file__).resolve().parent
    frozen_root = getattr(sys, "_MEIPASS", None)
    for candidate in (
        package / "resources",  # an installed wheel (hatchling's force-include)
        Path(frozen_root) / "desktop" / "resources" if frozen_root else None,  # PyInstaller
    ):
        if candidate is not None and candidate.is_dir():
            return candidate
    return package.parent / "resources"  # a checkout


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
