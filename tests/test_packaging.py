"""The desktop integration files: valid for the tools distributions use, and in step with the
app (version, id, icons)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from PySide6.QtGui import QImage

import desktop
from desktop.gui import DESKTOP_ID, ICON_SIZES

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"


def test_appstream_metainfo_validates():
    metainfo = LINUX / f"{DESKTOP_ID}.metainfo.xml"
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(metainfo)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    text = metainfo.read_text(encoding="utf-8")
    assert f'<release version="{desktop.__version__}"' in text
    assert f'<launchable type="desktop-id">{DESKTOP_ID}.desktop</launchable>' in text


def test_appstream_screenshots_are_the_readme_pictures_at_their_size():
    text = (LINUX / f"{DESKTOP_ID}.metainfo.xml").read_text(encoding="utf-8")
    assert '<url type="homepage">' in text
    shots = re.findall(r'<image type="source" width="(\d+)" height="(\d+)">[^<]*/([^/<]+)<', text)
    assert len(shots) >= 4
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for width, height, name in shots:
        picture = QImage(str(ROOT / "docs" / "screenshots" / name))
        assert (picture.width(), picture.height()) == (int(width), int(height)), name
        assert f"docs/screenshots/{name}" in readme


def test_the_desktop_entry_validates_and_names_the_icon():
    entry = LINUX / f"{DESKTOP_ID}.desktop"
    result = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout
    text = entry.read_text(encoding="utf-8")
    assert f"Icon={DESKTOP_ID}" in text and "Name[zh_CN]=化危为机" in text


def test_icons_exist_in_every_size_and_for_windows_and_macos():
    for size in ICON_SIZES:
        image = QImage(str(ROOT / f"resources/icons/hicolor/{size}x{size}/apps/turnaround.png"))
        assert (image.width(), image.height()) == (size, size)
    assert (ROOT / "resources/icons/turnaround.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (ROOT / "resources/icons/turnaround.icns").read_bytes()[:4] == b"icns"


def test_windows_version_info_matches_the_app_version():
    info = (ROOT / "packaging/windows/version_info.txt").read_text(encoding="utf-8")
    numbers = (*(int(n) for n in desktop.__version__.split(".")), 0)
    assert f"filevers={numbers}" in info
    assert re.search(rf"'ProductVersion', '{re.escape(desktop.__version__)}'", info)


def test_every_package_that_imports_by_name_is_collected_whole_into_the_frozen_app():
    spec = (ROOT / "packaging" / "turnaround.spec").read_text(encoding="utf-8")
    by_name = {
        ".".join(path.relative_to(ROOT).parent.parts)
        for path in (ROOT / "desktop").rglob("*.py")
        if "import_module(" in path.read_text(encoding="utf-8")
    }
    assert by_name, "nothing imports by name: this test can go"
    for package in by_name:
        assert f'collect_submodules("{package}")' in spec, package
