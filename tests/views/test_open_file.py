"""A file double-clicked in the file manager: `turnaround FILE` opens the window on its import
preview, and a second start with a file hands it to the window already open."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from desktop.cli import parse
from desktop.paths import DataFolder
from desktop.services import Services
from desktop.views.library.import_dialog import ImportDialog
from desktop.views.single_instance import ShowRequests, ask_first_to_show

LINUX = Path(__file__).resolve().parents[2] / "packaging" / "linux"


def test_the_command_line_takes_a_file_to_open_but_not_a_commands_file():
    assert parse(["/tmp/王工.lessons.zip"]).open_file == "/tmp/王工.lessons.zip"
    args = parse(["--data-dir", "/tmp/d", "backup.turnaround", "--lang", "en"])
    assert (args.open_file, args.data_dir, args.lang) == ("backup.turnaround", "/tmp/d", "en")
    args = parse(["import", "backup.turnaround"])
    assert (args.command, args.file, args.open_file) == ("import", "backup.turnaround", None)
    assert parse([]).open_file is None


def test_a_colleagues_lessons_open_in_the_librarys_import_preview(
    window, services, tmp_path, monkeypatch, clock
):
    colleague = Services.open(DataFolder(tmp_path / "colleague").ensure(), clock)
    colleague.library.save(0, {"title": "升级前没有备份"})
    share = tmp_path / "王工.lessons.zip"
    colleague.library.export_share(None, share)
    colleague.close()
    shown: list[ImportDialog] = []

    def look(dialog: ImportDialog) -> int:
        shown.append(dialog)
        return 0  # the user closes the preview: nothing changes

    monkeypatch.setattr(ImportDialog, "exec", look)
    window.open_file(share)
    assert window.current_view_name() == "library"
    assert len(shown) == 1 and len(shown[0].preview.plan.new) == 1
    assert services.library.lessons() == []


def test_a_data_export_opens_settings_data_which_asks_before_replacing(
    window, services, tmp_path, monkeypatch
):
    asked: list[str] = []

    def warning(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    window.open_file(tmp_path / "laptop.turnaround")
    assert window.current_view_name() == "settings"
    assert len(asked) == 1 and "laptop.turnaround" in asked[0]


def test_a_second_start_with_a_file_hands_it_to_the_open_window(qtbot, data_home, tmp_path):
    requests = ShowRequests(data_home)
    share = tmp_path / "共享.lessons.zip"
    with qtbot.waitSignal(requests.open_requested, timeout=5000) as opened:
        assert ask_first_to_show(data_home, str(share))
    assert opened.args == [str(share.resolve())]


def test_the_file_types_are_registered_for_the_desktop(tmp_path):
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(LINUX / "app.turnaround.Turnaround.mime.xml", packages / "turnaround.xml")
    subprocess.run(["update-mime-database", str(tmp_path / "mime")], check=True)
    globs = (tmp_path / "mime" / "globs2").read_text(encoding="utf-8")
    assert "application/x-turnaround-lessons:*.lessons.zip" in globs
    assert "application/x-turnaround-data:*.turnaround" in globs
    entry = (LINUX / "app.turnaround.Turnaround.desktop").read_text(encoding="utf-8")
    assert "Exec=turnaround %f" in entry
    assert "MimeType=application/x-turnaround-lessons;application/x-turnaround-data;" in entry
