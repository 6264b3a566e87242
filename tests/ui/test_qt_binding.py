"""The Qt binding must not corrupt Python's reference counts: PySide6 6.12.0 under CPython 3.11
lowered the count of None on every call returning nothing, and of True on every signal
emitted, until the process aborted ("deallocating None") after a few thousand calls."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QLabel


class _Emitter(QObject):
    fired = Signal(int)


def test_calls_and_signals_leave_none_and_true_alone(qapp):
    label, combo, emitter = QLabel(), QComboBox(), _Emitter()
    combo.addItem("a")
    calls = {
        "setText": lambda: label.setText("x"),
        "update": label.update,
        "currentData": combo.currentData,
        "emit": lambda: emitter.fired.emit(1),
    }
    for name, call in calls.items():
        none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
        for _ in range(500):
            call()
        # Other threads may hold a few references meanwhile; a leak of one per call is 500.
        assert abs(sys.getrefcount(None) - none_before) < 50, name
        assert abs(sys.getrefcount(True) - true_before) < 50, name
