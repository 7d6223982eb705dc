"""The visual system: Lucide icons on the navigation, the toolbar and the main actions, tinted for
light and dark and sharp at 2×; the toolbar's letter and print act on the selected case; the
status colours come from one table."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon

from desktop.paths import resource
from desktop.views.icons import icon
from desktop.views.navigation import VIEW_ICONS
from desktop.views.theme import apply_theme

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"


def _ink(pixmap) -> QColor:
    """The colour of the most opaque pixel: the stroke."""
    image = pixmap.toImage()
    best = QColor(0, 0, 0, 0)
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if colour.alpha() > best.alpha():
                best = colour
    return best


def test_every_icon_the_code_names_is_shipped_with_its_licence():
    named = set(VIEW_ICONS)
    for path in DESKTOP.rglob("*.py"):
        named.update(re.findall(r'\bicon\(\s*"([a-z0-9-]+)"', path.read_text(encoding="utf-8")))
        named.update(re.findall(r'Card\([^)]*,\s*"([a-z0-9-]+)"\)', path.read_text("utf-8")))
    assert len(named) >= 15
    missing = [name for name in named if not resource("icons", "lucide", f"{name}.svg").exists()]
    assert missing == []
    assert "ISC License" in resource("icons", "lucide", "LICENSE").read_text(encoding="utf-8")


def test_an_icon_is_sharp_at_2x_and_takes_the_theme_colour(qapp):
    house = icon("inbox")
    sharp = house.pixmap(QSize(24, 24), 2.0)
    assert (sharp.width(), sharp.devicePixelRatio()) == (48, 2.0)
    try:
        apply_theme(qapp, "light")
        on_light = _ink(house.pixmap(QSize(24, 24), 1.0))
        apply_theme(qapp, "dark")
        on_dark = _ink(house.pixmap(QSize(24, 24), 1.0))
        disabled = _ink(house.pixmap(QSize(24, 24), 1.0, QIcon.Mode.Disabled))
    finally:
        apply_theme(qapp, "system")
    assert on_light.lightness() < 80 < 180 < on_dark.lightness()
    assert disabled.lightness() < on_dark.lightness()


def test_a_selected_navigation_item_is_drawn_in_the_accent(qapp):
    from desktop.views import style

    try:
        apply_theme(qapp, "light")
        selected = _ink(
            icon("inbox", "text", "accent").pixmap(QSize(24, 24), 1.0, QIcon.Mode.Selected)
        )
    finally:
        apply_theme(qapp, "system")
    assert selected.name() == style.ACCENT[0]


def test_the_navigation_and_the_toolbar_have_icons(window):
    for row in range(window.navigation.count()):
        assert not window.navigation.item(row).icon().isNull()
    for action in (window.new_action, window.toolbar.letter_action, window.toolbar.print_action):
        assert not action.icon().isNull()
    assert window.search.actions(), "the search box shows a magnifier"


def test_letter_and_print_act_on_the_selected_case(window, services, qtbot, monkeypatch):
    case = services.cases.create()
    services.cases.update_intake(case.id, customer="Contoso", complaint_text="It broke.")
    window.refresh_cases()
    table = window.view("cases").table
    toolbar = window.toolbar
    assert not toolbar.letter_action.isEnabled() and not toolbar.print_action.isEnabled()
    assert toolbar.letter_action.toolTip().endswith("(select a case first)")  # says why
    table.selectRow(0)
    assert toolbar.letter_action.isEnabled() and toolbar.print_action.isEnabled()
    assert "select a case" not in toolbar.letter_action.toolTip()
    opened: list[int] = []
    from desktop.views import letter_dialog

    monkeypatch.setattr(
        letter_dialog.LetterDialog, "exec", lambda dialog: opened.append(dialog.case.id) or 0
    )
    toolbar.letter_action.trigger()
    assert opened == [case.id]
    printed: list[tuple[str, int]] = []
    from desktop.views import document_export

    monkeypatch.setattr(
        document_export.DocumentExporter,
        "print",
        lambda exporter, kind, chosen: printed.append((kind, chosen.id)),
    )
    toolbar.print_action.trigger()
    assert printed == [("report", case.id)]
    services.trash.delete_case(case.id)  # the list refreshes: nothing is chosen any more
    assert not toolbar.letter_action.isEnabled() and not toolbar.print_action.isEnabled()
    window.show_view("journal")
    assert not toolbar.letter_action.isEnabled()


def test_switching_to_dark_sets_the_window_style_anew(window, qapp):
    try:
        apply_theme(qapp, "light")
        light_sheet = window.styleSheet()
        apply_theme(qapp, "dark")
        assert window.styleSheet() != light_sheet
        assert "#25272a" in window.styleSheet()  # the dark sidebar
    finally:
        apply_theme(qapp, "system")


@pytest.mark.parametrize("dark", [False, True])
def test_status_colours_come_from_one_table(qapp, dark):
    from desktop.domain.enums import CommitmentState
    from desktop.views.state_colors import TONE_OF_STATE, state_color
    from desktop.views.style import tone_colour

    try:
        apply_theme(qapp, "dark" if dark else "light")
        assert state_color(CommitmentState.OVERDUE).name() == tone_colour("error")
        assert set(TONE_OF_STATE) == set(CommitmentState)
    finally:
        apply_theme(qapp, "system")


def test_an_unticked_box_can_be_seen_in_dark(qtbot, qapp):
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QCheckBox

    try:
        apply_theme(qapp, "dark")
        box = QCheckBox("Overdue only")
        qtbot.addWidget(box)
        box.show()
        qtbot.waitExposed(box)
        image = box.grab().toImage()
        window = qapp.palette().color(QPalette.ColorRole.Window).lightness()
        brightest = max(
            image.pixelColor(x, y).lightness()
            for x in range(min(14, image.width()))
            for y in range(image.height())
        )
        assert brightest > window + 80  # the box's edge, not only its label
    finally:
        apply_theme(qapp, "system")
    assert qapp.styleSheet() == ""


def test_the_tallest_windows_fit_a_1366_by_768_laptop(qtbot, services, clock):
    """The tests' screen is 1366×768 (tests/screen.py): every button must stay on it."""
    from PySide6.QtGui import QGuiApplication

    from desktop.domain.enums import Language
    from desktop.views.journal_entry import JournalEntryDialog
    from desktop.views.letter_dialog import LetterDialog
    from tests.made import a_received_case

    available = QGuiApplication.primaryScreen().availableGeometry()
    assert (available.width(), available.height()) == (1366, 768)
    case = a_received_case(services, clock)
    for dialog in (
        LetterDialog(services, case.id, Language.ZH),
        JournalEntryDialog(services, Language.ZH),
    ):
        qtbot.addWidget(dialog)
        assert dialog.height() <= available.height() - 48, type(dialog).__name__
        assert dialog.width() <= available.width() - 48
