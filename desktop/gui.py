"""The window: QApplication, translations, the store, the main window, --screenshot."""

from __future__ import annotations

import argparse
import gc
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QThreadPool, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from desktop import APP_NAME, __version__
from desktop.domain.enums import Language
from desktop.i18n import choose_language, install_translators
from desktop.paths import DataFolder, resource

if TYPE_CHECKING:
    from desktop.services import Services

log = logging.getLogger(__name__)


DESKTOP_ID = "app.turnaround.Turnaround"  # packaging/linux/<id>.desktop
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """The icon from its rendered PNGs: no SVG plugin needed, sharp at every size."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource("icons", "hicolor", f"{size}x{size}", "apps", "turnaround.png")))
    return icon


def run_gui(args: argparse.Namespace, folder: DataFolder) -> int:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(app_icon())

    from desktop.views import startup
    from desktop.views.error_dialog import ErrorReporter

    # until the database says otherwise: --lang, else the system's language
    language = choose_language(getattr(args, "lang", None), "")
    translators = install_translators(app, language)
    reporter = ErrorReporter(language, app)
    reporter.install()
    lock = startup.lock_data_folder(folder)
    if lock is None:
        return startup.refuse_second_start(
            folder, bool(args.screenshot), getattr(args, "open_file", None)
        )
    interactive = not args.screenshot
    if startup.last_run_crashed(folder) and not startup.recover_if_damaged(
        folder, language, interactive
    ):
        lock.release()
        return 1
    services = startup.open_services(folder, language, interactive)
    if services is None:
        lock.release()
        return 1
    chosen = choose_language(getattr(args, "lang", None), services.settings.language())
    if chosen is not language:
        for translator in translators:
            app.removeTranslator(translator)
        language = chosen
        translators = install_translators(app, language)
        reporter.language = language
    from desktop.views.theme import apply_theme

    apply_theme(app, getattr(args, "theme", None) or services.settings.theme())
    if args.sample:
        from desktop.services.welcome import fill_sample

        fill_sample(services, language)
    in_front: list[QWidget] = []  # what a second start brings forward: the welcome, the window
    listening = False
    if interactive and not args.sample:
        from desktop.services.welcome import needs_welcome

        if needs_welcome(services):
            gc.enable()  # the welcome page waits for the user: no start-up to hurry
            _listen_for_second_start(folder, app, in_front)
            listening = True
            language, translators = _welcome_if_new(app, services, language, translators, in_front)
            reporter.language = language

    from desktop.views.main_window import MainWindow

    window = MainWindow(services, language, first_view=args.view, sample=args.sample)
    window.show()
    QTimer.singleShot(0, _settle)
    if args.screenshot:
        QTimer.singleShot(0, lambda: _save_screenshot(window, args.screenshot, app))
    else:
        housekeeping = startup.Housekeeping(services, window)  # noqa: F841 - lives with window
        in_front.append(window)
        if not listening:
            QTimer.singleShot(0, lambda: _listen_for_second_start(folder, app, in_front))
        opened = getattr(args, "open_file", None)
        if opened:
            QTimer.singleShot(0, lambda: window.open_file(Path(opened)))
    code = app.exec()
    services.close()
    startup.ended_cleanly(folder)
    lock.release()
    return code


def _welcome_if_new(
    app: QApplication,
    services: Services,
    language: Language,
    translators: list[QTranslator],
    in_front: list[QWidget],
) -> tuple[Language, list[QTranslator]]:
    """The welcome page on an empty data folder, shown again in the language chosen on it."""
    from desktop.views.welcome import LANGUAGE_CHANGED, WelcomeDialog

    while True:
        welcome = WelcomeDialog(services, language)
        welcome.setWindowIcon(app.windowIcon())
        in_front.append(welcome)
        result = welcome.exec()
        in_front.remove(welcome)
        if result != LANGUAGE_CHANGED:
            return language, translators
        for translator in translators:
            app.removeTranslator(translator)
        language = welcome.chosen_language
        translators = install_translators(app, language)


def _settle() -> None:
    """The window is up: what start-up made lives as long as the app, so the cyclic collector
    need never look at it again (gc.freeze), and it may run from now on."""
    gc.freeze()
    gc.enable()


def _listen_for_second_start(
    folder: DataFolder, app: QApplication, in_front: list[QWidget]
) -> None:
    """After the first paint (QtNetwork costs start-up time): a second start on this folder
    brings what is in front (the welcome page, the window) forward instead of opening another."""
    from desktop.views.single_instance import ShowRequests

    def come_forward() -> None:
        if not in_front:
            return
        window = in_front[-1]
        if window.isMinimized() or not window.isVisible():  # minimised, or left in the tray
            window.showNormal()
        window.raise_()
        window.activateWindow()

    def open_file(path: str) -> None:
        if in_front and isinstance(in_front[-1], MainWindow):
            in_front[-1].open_file(Path(path))

    from desktop.views.main_window import MainWindow

    requests = ShowRequests(folder, app)
    requests.show_requested.connect(come_forward)
    requests.open_requested.connect(open_file)


def _save_screenshot(window: QWidget, path: str, app: QApplication) -> None:
    # what counts off the GUI thread (Insights, the case count) is shown before the picture
    QThreadPool.globalInstance().waitForDone(10_000)
    for _ in range(3):
        app.processEvents()
    saved = window.grab().save(path, "PNG")
    if not saved:
        print(f"turnaround: cannot write {path}", file=sys.stderr)
    app.exit(0 if saved else 1)
