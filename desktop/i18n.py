"""Choosing the language and installing the Qt translations (the app's and Qt's own)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.domain.enums import Language
from desktop.paths import resource


def choose_language(argument: str | None, setting: str) -> Language:
    """--lang wins, then the Settings choice, then the system's language."""
    if argument:
        return Language.parse(argument)
    if setting in ("zh_CN", "en"):
        return Language(setting)
    return Language.parse(QLocale.system().name())


def install_translators(app: QCoreApplication, language: Language) -> list[QTranslator]:
    """Load the app's .qm and Qt's own translations; keep the returned objects alive."""
    translators: list[QTranslator] = []
    if language is Language.EN:
        return translators
    ours = QTranslator(app)
    if ours.load(str(resource("i18n", f"turnaround_{language.value}.qm"))):
        translators.append(ours)
    qt_own = QTranslator(app)
    if qt_own.load(
        QLocale(language.value),
        "qtbase",
        "_",
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    ):
        translators.append(qt_own)
    # what Qt's own catalogue lacks (the file dialog's "Look in:"): installed last, asked first
    extra = QTranslator(app)
    if extra.load(str(resource("i18n", f"qt_extra_{language.value}.qm"))):
        translators.append(extra)
    for translator in translators:
        app.installTranslator(translator)
    return translators
