"""Light and dark: follow the system, or force one (Settings › Language and appearance)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

_DARK = {
    QPalette.ColorRole.Window: "#2b2d30",
    QPalette.ColorRole.WindowText: "#e8e8e8",
    QPalette.ColorRole.Base: "#1e1f22",
    QPalette.ColorRole.AlternateBase: "#26282b",
    QPalette.ColorRole.ToolTipBase: "#3c3f41",
    QPalette.ColorRole.ToolTipText: "#e8e8e8",
    QPalette.ColorRole.PlaceholderText: "#8c8c8c",
    QPalette.ColorRole.Text: "#e8e8e8",
    QPalette.ColorRole.Button: "#3a3d41",
    QPalette.ColorRole.ButtonText: "#e8e8e8",
    QPalette.ColorRole.BrightText: "#ff6b6b",
    QPalette.ColorRole.Light: "#4a4d51",
    QPalette.ColorRole.Midlight: "#404346",
    QPalette.ColorRole.Mid: "#5a5d61",
    QPalette.ColorRole.Dark: "#1a1b1d",
    QPalette.ColorRole.Shadow: "#000000",
    QPalette.ColorRole.Highlight: "#2f6fc7",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#6cb4ff",
    QPalette.ColorRole.LinkVisited: "#b39ddb",
}
_DARK_DISABLED = {
    QPalette.ColorRole.WindowText: "#7a7a7a",
    QPalette.ColorRole.Text: "#7a7a7a",
    QPalette.ColorRole.ButtonText: "#7a7a7a",
    QPalette.ColorRole.Base: "#26282b",
}
_system_style: str | None = None
_system_palette: QPalette | None = None


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role, colour in _DARK_DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


def dark_indicators() -> str:
    """Check boxes and radio buttons that can be seen on the dark colours, ticked or not."""
    from desktop.paths import resource

    tick = resource("icons", "indicators", "check-on-accent.svg").as_posix()
    edge, accent, base = "#9a9da1", "#2f6fc7", _DARK[QPalette.ColorRole.Base]
    box = f"border: 1px solid {edge}; background: {base}; width: 13px; height: 13px;"
    return f"""
QCheckBox::indicator, QRadioButton::indicator, QGroupBox::indicator {{ {box} }}
QCheckBox::indicator, QGroupBox::indicator {{ border-radius: 3px; }}
QRadioButton::indicator {{ border-radius: 7px; }}
QCheckBox::indicator:checked, QGroupBox::indicator:checked {{
    background: {accent}; border-color: {accent}; image: url("{tick}");
}}
QRadioButton::indicator:checked {{ background: #ffffff; border: 4px solid {accent}; width: 7px;
    height: 7px; }}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{ border-color: #55585c; }}
QCheckBox::indicator:checked:disabled {{ background: #55585c; border-color: #55585c; }}
"""


def apply_theme(app: QCoreApplication | None, theme: str) -> None:
    """ "system" leaves the platform's own style and colours (dark when the system is dark);
    "light" and "dark" use Fusion with our palette, the same on every platform."""
    global _system_style, _system_palette
    if not isinstance(app, QApplication):
        return  # no widgets to style
    if theme == "system" and _system_style is None:
        return  # nothing changed yet: the platform's own style and colours are in use
    if _system_style is None:
        _system_style = app.style().name()
        _system_palette = app.palette()
    hints = app.styleHints()
    if theme == "system":
        app.setStyle(QStyleFactory.create(_system_style))
        if hasattr(hints, "unsetColorScheme"):  # Qt 6.8
            hints.unsetColorScheme()
        app.setPalette(_system_palette or app.style().standardPalette())
    else:
        app.setStyle(QStyleFactory.create("Fusion"))
        if hasattr(hints, "setColorScheme"):  # Qt 6.8: native dialogs follow too
            hints.setColorScheme(Qt.ColorScheme.Dark if theme == "dark" else Qt.ColorScheme.Light)
        app.setPalette(dark_palette() if theme == "dark" else app.style().standardPalette())
    # Fusion draws an unticked box in dark with an outline darker than the window: invisible
    app.setStyleSheet(dark_indicators() if theme == "dark" else "")
    # a window with a style sheet hears of the new style before the new palette is set, and
    # of the palette not at all: tell those that name colours of their own
    for window in app.topLevelWidgets():
        restyle = getattr(window, "restyle", None)
        if callable(restyle):
            restyle()


def is_dark() -> bool:
    """Whether the colours in use are dark (whatever chose them)."""
    return QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128


def muted_html_colour() -> str:
    """Secondary text in rich text (labels, facts): grey that reads on either background."""
    return "#a0a0a0" if is_dark() else "#5f5f5f"
