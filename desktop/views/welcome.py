"""The first launch: the language, who signs (asked once here, again only where a letter or a
message needs it), how a complaint flows, and a way to look around in sample data that lives in
its own folder. Every part can be skipped."""

from __future__ import annotations

import sys

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.catalog import label
from desktop.domain.enums import Language, Stage
from desktop.paths import DataFolder
from desktop.services import Services
from desktop.services.welcome import mark_welcomed
from desktop.views.profile_form import ProfileForm
from desktop.views.widgets.choice_box import ChoiceBox
from desktop.views.widgets.status_line import StatusLine

LANGUAGE_CHANGED = 2  # exec() result: show the page again in the chosen language


def sample_command(folder: DataFolder) -> tuple[str, list[str]]:
    """How to start this program on the sample data beside `folder`."""
    base = ["--data-dir", str(folder.root), "--sample"]
    if getattr(sys, "frozen", False):
        return sys.executable, base
    return sys.executable, ["-m", "desktop", *base]


class WelcomeDialog(QDialog):
    def __init__(
        self, services: Services, language: Language, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.language = language
        self.chosen_language = language
        self.setObjectName("welcome")
        self.setWindowTitle(self.tr("Welcome to Turnaround"))
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("<h2>Welcome to Turnaround · 化危为机</h2>"))
        layout.addWidget(heading)

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Language:")))
        self.language_choice = ChoiceBox()
        self.language_choice.setAccessibleName(self.tr("Language"))
        self.language_choice.add_choice("简体中文", Language.ZH.value)
        self.language_choice.add_choice("English", Language.EN.value)
        self.language_choice.set_value(language.value)
        self.language_choice.currentIndexChanged.connect(self._language_chosen)
        row.addWidget(self.language_choice)
        row.addStretch(1)
        layout.addLayout(row)

        steps = " → ".join(label(stage, language) for stage in Stage)  # the wizard's own names
        flow = QLabel(
            self.tr(
                "A complaint goes through eight steps: %1. Every promise you make stays in view "
                "until it is kept."
            ).replace("%1", steps)
        )
        flow.setObjectName("welcomeFlow")
        flow.setWordWrap(True)
        layout.addWidget(flow)

        self.profile = ProfileForm(services, language, letterhead=False)
        self.profile.save_profile_button.hide()  # saved as typed, and by Start
        self.profile.load()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.profile)
        layout.addWidget(scroll, 1)
        later = QLabel(
            self.tr(
                "All optional: what you skip is asked for where a letter or a message needs "
                "it, and can be changed in Settings."
            )
        )
        later.setWordWrap(True)
        layout.addWidget(later)
        self.status = StatusLine()
        self.status.hide()
        layout.addWidget(self.status)

        buttons = QDialogButtonBox()
        self.sample_button = QPushButton(self.tr("Explore sample data…"))
        self.sample_button.setToolTip(
            self.tr(
                "Sample cases in a second window and a folder of their own: never mixed with yours."
            )
        )
        self.sample_button.clicked.connect(self.open_sample)
        buttons.addButton(self.sample_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.skip_button = buttons.addButton(
            self.tr("Skip"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.start_button = buttons.addButton(
            self.tr("Start"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start_button.setDefault(True)
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 560)
        first = self.profile.name_en if language is Language.EN else self.profile.name
        first.setFocus()

    def _language_chosen(self) -> None:
        chosen = Language(self.language_choice.value())
        if chosen is self.language:
            return
        self.profile.flush()  # what was typed is kept across the switch
        self.services.settings.set_language(chosen.value)
        self.chosen_language = chosen
        self.done(LANGUAGE_CHANGED)

    def start(self) -> None:
        if not self.profile.save():
            self.status.say(self.profile.problem, "error")
            return
        self.accept()

    def open_sample(self) -> None:
        folder = self.services.folder
        if folder is None:
            return
        program, arguments = sample_command(folder)
        started = QProcess.startDetached(program, arguments)
        if started[0] if isinstance(started, tuple) else started:
            self.status.say(
                self.tr("The sample data opens in a second window. Your own data is not touched."),
                "success",
            )
        else:
            self.status.say(self.tr("The sample data could not be opened."), "error")

    def done(self, result: int) -> None:
        self.profile.flush()
        if result != LANGUAGE_CHANGED:
            mark_welcomed(self.services)
        super().done(result)
