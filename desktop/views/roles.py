"""Item data roles as plain ints.

Touching `Qt.ItemDataRole` builds a large Python enum (about 12 ms with PySide6 6.12), which is
more than a tenth of a bare window's start-up; models compare roles as ints instead.
"""

DISPLAY_ROLE = 0  # Qt.ItemDataRole.DisplayRole
TOOLTIP_ROLE = 3  # Qt.ItemDataRole.ToolTipRole
FOREGROUND_ROLE = 9  # Qt.ItemDataRole.ForegroundRole
USER_ROLE = 0x0100  # Qt.ItemDataRole.UserRole
