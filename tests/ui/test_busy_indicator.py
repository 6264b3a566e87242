"""The status bar's moving bar while the store's thread works for longer than a moment, on a real
window and store: a long job shows it, its end hides it, a quick job never shows it."""

from __future__ import annotations

import time

from app.ui.shared.busy_indicator import SHOW_AFTER_MS, BusyIndicator
from tests.ui.conftest import wait_idle


def test_long_store_work_shows_the_bar_and_its_end_hides_it(qtbot, window):
    wait_idle(qtbot, window)
    busy = window.busy
    assert busy.isHidden()
    done = []
    window.runner.run_db(lambda _s: time.sleep(2 * SHOW_AFTER_MS / 1000), done.append)
    qtbot.waitUntil(lambda: busy.isVisible(), timeout=5_000)
    assert busy.label.text() == "Travail en cours…"
    assert not done  # shown while the work goes on, not after
    qtbot.waitUntil(lambda: busy.isHidden() and bool(done), timeout=10_000)


def test_work_ended_before_the_delay_never_shows_the_bar(qtbot):
    busy = BusyIndicator()
    qtbot.addWidget(busy)
    busy.set_busy(True)
    busy.set_busy(False)  # ended at once: the delay is cancelled
    qtbot.wait(SHOW_AFTER_MS + 200)
    assert busy.isHidden()
    busy.set_busy(True)
    busy.set_busy(True)  # asked again while waiting: still one delay, shown once
    qtbot.waitUntil(lambda: not busy.isHidden(), timeout=5_000)
    busy.set_busy(False)
    assert busy.isHidden()
