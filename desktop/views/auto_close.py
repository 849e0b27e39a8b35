"""Runs the SOP pause rules now and then (e.g. LAPOR!: close after 10 silent working days)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from desktop.models.desk import Change, Desk

log = logging.getLogger(__name__)

INTERVAL_MS = 15 * 60 * 1000


class AutoClose(QObject):
    """Calls :meth:`Desk.sweep_auto_close` shortly after start and then every 15 minutes."""

    def __init__(self, desk: Desk, on_change: Callable[[Change], None], parent: QObject) -> None:
        super().__init__(parent)
        self.desk = desk
        self.on_change = on_change
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.sweep)
        self.timer.start()
        QTimer.singleShot(2000, self.sweep)

    def sweep(self) -> Change:
        try:
            change = self.desk.sweep_auto_close()
        except Exception:  # a failed sweep must never take the window down; retried later
            log.exception("Penutupan otomatis gagal; dicoba lagi nanti")
            return Change()
        if change.case_ids:
            log.info("Ditutup otomatis oleh aturan SOP: %d pengaduan", len(change.case_ids))
            self.on_change(change)
        return change
