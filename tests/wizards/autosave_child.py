"""Run by test_autosave_survives_sigkill: type into a real wizard, then wait to be killed.

Prints "typed <case id>" once the text is typed and a little over a second has passed.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.domain.enums import Language, Stage
from desktop.paths import data_folder
from desktop.services import Services
from desktop.wizards.complaint.pages.intake import IntakePage
from desktop.wizards.complaint.wizard import ComplaintWizard


def main() -> None:
    app = QApplication(sys.argv[:1])
    services = Services.open(data_folder().ensure())
    case = services.cases.create()
    wizard = ComplaintWizard(services, case.id, Language.ZH)
    wizard.show()
    page = wizard.pages[Stage.INTAKE]
    assert isinstance(page, IntakePage)
    QTest.keyClicks(page.customer, "Huaxin Bank ")
    page.complaint_text.setFocus(Qt.FocusReason.OtherFocusReason)
    for char in sys.argv[1]:
        event = QInputMethodEvent("", [])
        event.setCommitString(char)
        QApplication.sendEvent(page.complaint_text, event)
    QTest.qWait(1300)  # the promise: nothing typed more than a second ago is lost
    print(f"typed {case.id}", flush=True)
    while True:
        QTest.qWait(1000)
    app.exec()


if __name__ == "__main__":
    main()
