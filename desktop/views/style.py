"""The visual system in one place: the spacing grid, the type scale, the one accent colour and
the status tones, each for light and for dark. Views take their measures and colours from here
rather than writing their own."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QFont, QGuiApplication
from PySide6.QtWidgets import QWidget

from desktop.views.theme import is_dark

GRID = 4  # every margin and gap is a multiple of it


def space(steps: int) -> int:
    return GRID * steps


MARGIN = space(4)  # around a view's content
SCREEN_MARGIN = space(12)  # left free on the screen: the window's frame, title bar and a panel
GAP = space(2)  # between related controls
SECTION = space(4)  # between groups

# (on light, on dark)
ACCENT = ("#2f6fc7", "#5b9bf0")
ON_ACCENT = ("#ffffff", "#0f1b2d")
TONES = {
    "error": ("#c62828", "#ff8a80"),  # overdue, failed, a wrong entry
    "success": ("#2e7d32", "#81c784"),  # kept, done, saved
    "warning": ("#b85c00", "#ffb74d"),  # due today, needs a look
    "late": ("#8d6e63", "#bcaaa4"),  # kept, but late
    "info": ("#1565c0", "#82b1ff"),  # due, still in time
    "muted": ("#6b6b6b", "#a8a8a8"),  # paused, cancelled, secondary text
}
MATCH_HIGHLIGHT = "#ffe082"  # behind a search match or an undecided finding; dark text on it

# font size relative to the body text, and whether bold
TYPE_SCALE = {
    "caption": (0.9, False),
    "body": (1.0, False),
    "title": (1.1, True),
    "heading": (1.35, True),
    "display": (1.8, True),
}


def _pick(pair: tuple[str, str]) -> str:
    return pair[1 if is_dark() else 0]


def accent() -> QColor:
    return QColor(_pick(ACCENT))


def tone_colour(tone: str) -> str:
    """The colour of a tone as #rrggbb, or "" for plain text."""
    pair = TONES.get(tone)
    return _pick(pair) if pair else ""


def set_type(widget: QWidget, level: str) -> None:
    """Size and weight `widget`'s font by the type scale, from the application's body font."""
    scale, bold = TYPE_SCALE[level]
    font = QFont(widget.font())
    base = QFont().pointSizeF()
    font.setPointSizeF(base * scale)
    font.setBold(bold)
    widget.setFont(font)


def window_style() -> str:
    """The main window's style sheet: the navigation, the toolbar and cards. Colours are named
    outright (not palette(...)) so that a theme switch takes effect when it is set again."""
    dark = is_dark()
    accent_colour = _pick(ACCENT)
    text = "#e8e8e8" if dark else "#1f1f1f"
    sidebar = "#25272a" if dark else "#f3f4f6"
    hover = "#33363a" if dark else "#e6e8eb"
    selected = "#2b3b55" if dark else "#dce8fa"
    card = "#1e1f22" if dark else "#ffffff"
    border = "#3c3f44" if dark else "#dcdfe4"
    return f"""
QListWidget#navigation {{
    border: none; border-right: 1px solid {border}; background: {sidebar};
    padding: {space(2)}px {space(2)}px; outline: 0;
}}
QListWidget#navigation::item {{
    color: {text}; padding: {space(1)}px {space(2)}px; margin: 1px 0; border-radius: 6px;
}}
QListWidget#navigation::item:hover {{ background: {hover}; }}
QListWidget#navigation::item:selected {{
    background: {selected}; color: {accent_colour}; font-weight: bold;
}}
QListWidget#stageList {{ border: none; background: transparent; outline: 0; }}
QListWidget#stageList::item {{
    color: {text}; padding: {space(1)}px {space(2)}px; margin: 1px 0; border-radius: 6px;
}}
QListWidget#stageList::item:hover {{ background: {hover}; }}
QListWidget#stageList::item:selected {{
    background: {selected}; color: {accent_colour}; font-weight: bold;
}}
QToolBar#mainToolbar {{ border: none; spacing: {space(2)}px; padding: {space(1)}px {space(2)}px; }}
QToolButton#primaryAction {{
    background: {accent_colour}; color: {_pick(ON_ACCENT)}; border: none; border-radius: 6px;
    padding: {space(1)}px {space(3)}px; font-weight: bold;
}}
QToolButton#primaryAction:hover {{ background: {QColor(accent_colour).lighter(112).name()}; }}
QFrame#card {{ background: {card}; border: 1px solid {border}; border-radius: 8px; }}
QFrame#card QListWidget {{ border: none; background: {card}; }}
QFrame#card QLabel {{ background: transparent; }}
"""


def fitted(width: int, height: int, available: QSize) -> QSize:
    """`width`×`height`, or less on a small screen (1366×768 with a panel)."""
    return QSize(
        min(width, available.width() - SCREEN_MARGIN),
        min(height, available.height() - SCREEN_MARGIN),
    )


def resize_to_fit(window: QWidget, width: int, height: int) -> None:
    """Open `window` at `width`×`height`, or smaller where the screen is: every button stays
    on a 1366×768 laptop's screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    window.resize(fitted(width, height, screen.availableGeometry().size()))
