"""Guards against known defects of the Qt binding that would crash the app."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    fired = Signal(int)


def test_emitting_a_signal_keeps_reference_counts_intact(qapp):
    # PySide6 6.12.0 lost a reference to True on every emit(); on Python 3.11 that ends in
    # "bool_dealloc: deallocating True" after a few thousand signals.
    emitter = Emitter()
    emitter.fired.emit(0)
    before = sys.getrefcount(True)
    for number in range(200):
        emitter.fired.emit(number)
    assert sys.getrefcount(True) - before >= 0
