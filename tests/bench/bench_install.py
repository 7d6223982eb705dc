"""Install size: the wheel installed into a fresh virtual environment, as a user's `pip install`.

Measures build/wheel-venv (made by `make wheel-check`), or makes it first when it is missing or
was made from other dependencies than pyproject.toml's (about 15 s with the wheels cached).
Target (issue 18): at most 400 MB.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.bench.common import ROOT, table

VENV = ROOT / "build" / "wheel-venv"
TARGET_MB = 400
MB = 1024 * 1024  # as du counts them


def run() -> bool:
    if not _current(VENV):
        _make(VENV)
    packages = _site_packages(VENV)
    total = _size(VENV)
    biggest = sorted(((_size(path), path.name) for path in packages.iterdir()), reverse=True)[:6]
    ok = total <= TARGET_MB * MB
    table(
        "Install size: the wheel in a fresh virtual environment (build/wheel-venv)",
        [
            (
                "the whole environment",
                f"{total / MB:.0f} MB",
                f"≤ {TARGET_MB} MB {'met' if ok else 'MISSED'}",
            ),
            *((f"  {name}", f"{size / MB:.0f} MB", "") for size, name in biggest),
        ],
        ("what", "size", "target"),
    )
    return ok


def _make(venv: Path) -> None:
    print(f"installing the wheel into a fresh {venv} …", flush=True)
    wheels = ROOT / "build" / "bench" / "wheel"
    for old in wheels.glob("turnaround-*.whl"):
        old.unlink()
    _quietly(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT))
    _quietly(sys.executable, "-m", "venv", "--clear", str(venv))
    [wheel] = wheels.glob("turnaround-*.whl")
    _quietly(str(venv / "bin" / "pip"), "install", "-q", str(wheel))


def _quietly(*command: str) -> None:
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)


def _current(venv: Path) -> bool:
    """Whether the environment holds the app with the dependencies pyproject.toml names now."""
    if not (venv / "bin" / "python").exists():
        return False
    metadata = list(_site_packages(venv).glob("turnaround-*.dist-info/METADATA"))
    if len(metadata) != 1:
        return False
    installed = {
        _key(Requirement(line.split(":", 1)[1].strip()))
        for line in metadata[0].read_text(encoding="utf-8").splitlines()
        if line.startswith("Requires-Dist:") and "extra ==" not in line
    }
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return installed == {_key(Requirement(text)) for text in project["dependencies"]}


def _key(requirement: Requirement) -> tuple[str, frozenset[str]]:
    return canonicalize_name(requirement.name), frozenset(map(str, requirement.specifier))


def _site_packages(venv: Path) -> Path:
    [packages] = (venv / "lib").glob("python3*/site-packages")
    return packages


def _size(path: Path) -> int:
    """Bytes on disk, as du counts them (symbolic links not followed: a venv's lib64 is lib)."""
    if path.is_symlink() or not path.is_dir():
        return path.lstat().st_blocks * 512
    return sum(_size(item) for item in path.iterdir()) + path.lstat().st_blocks * 512
