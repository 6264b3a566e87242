"""The start-up baseline: a bare PySide6 main window, timed like the application.

Run as a script with the same Python as Entraide. Once the window is shown it
prints `ENTRAIDE_READY shown_ms=… rows_ms=0 rss_kb=…` (the application's READY
line) and quits. The harness divides Entraide's start-up by this one.
"""

from __future__ import annotations

import os
import resource
import sys
import time

_SCRIPT_STARTED = time.time()


def process_age_ms() -> float:
    """Milliseconds since this process started (Linux: /proc, 10 ms steps; else since this script)."""
    try:
        with open(f"/proc/{os.getpid()}/stat", encoding="ascii") as stat:
            start_ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as uptime:
            seconds_since_boot = float(uptime.read().split()[0])
        return (seconds_since_boot - start_ticks / os.sysconf("SC_CLK_TCK")) * 1000
    except (OSError, ValueError, IndexError):
        return (time.time() - _SCRIPT_STARTED) * 1000


def main() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("Fenêtre nue")
    window.setCentralWidget(QLabel("Fenêtre nue"))
    window.resize(1000, 700)

    def ready() -> None:
        rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"ENTRAIDE_READY shown_ms={process_age_ms():.0f} rows_ms=0 rss_kb={rss_kb}", flush=True)
        app.quit()

    window.show()
    QTimer.singleShot(0, ready)  # runs once the event loop has handled the show
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
