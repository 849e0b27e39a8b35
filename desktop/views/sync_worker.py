"""Sync rounds in the background: a worker on its own thread, and the timer that drives it.

A round reads and writes files on the shared folder, which may be a slow network share or one
that has just vanished (Windows can wait tens of seconds before it says so). The window never
waits for it: :class:`SyncWorker` runs each round on a :class:`QThread`, and
:class:`SyncController` (on the GUI thread) starts rounds on a timer and on demand, never two
at once, and passes on what happened.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, QTimer, Signal, Slot

from desktop.models.problems import InputError, NotAllowedError
from desktop.sync.office_key import JoinCodeError
from desktop.sync.shared_folder import ShareUnavailableError

if TYPE_CHECKING:
    from desktop.models.desk import Desk
    from desktop.sync.status import SyncStatus

log = logging.getLogger(__name__)

DEFAULT_INTERVAL_MINUTES = 5
RETRY_INTERVAL_MINUTES = 1
"""After a round failed (the share was gone), the next automatic try comes sooner."""


class SyncWorker(QObject):
    """Runs sync rounds and status reads on the thread it lives on.

    Signals:
        started(): a round began.
        progress(int, int, str): importing file ``i`` of ``n`` (its name).
        finished(object): the round's :class:`~desktop.sync.exchange.RoundReport`.
        failed(str): the round did not run or stopped; Indonesian, says what to do.
        statusReady(object): a fresh :class:`~desktop.sync.status.SyncStatus`.
    """

    started = Signal()
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)
    statusReady = Signal(object)

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk

    @Slot()
    def run_round(self) -> None:
        from desktop.sync.exchange import sync_round

        self.started.emit()
        try:
            report = sync_round(self.desk, progress=self.progress.emit)
        except (ShareUnavailableError, NotAllowedError) as error:
            self.failed.emit(str(error))
        except Exception as error:  # a bug must not end the sync thread
            log.exception("Sinkronisasi gagal")
            self.failed.emit(
                self.tr(
                    "Sinkronisasi gagal (%1). Data di PC ini tetap aman; rincian tercatat di "
                    "berkas log, laporkan kepada pengelola aplikasi."
                ).replace("%1", str(error) or type(error).__name__)
            )
        else:
            self.finished.emit(report)
        self.refresh_status()

    @Slot()
    def refresh_status(self) -> None:
        from desktop.sync.status import sync_status

        try:
            status = sync_status(self.desk)
        except Exception:
            log.exception("Status sinkronisasi tidak dapat dibaca")
            return
        self.statusReady.emit(status)


class SyncController(QObject):
    """Starts rounds on the worker's thread: every few minutes while joined, and on demand.

    The thread starts with the first round or status request and stops in :meth:`shutdown`.

    Signals:
        roundStarted(): a round began.
        progress(int, int, str): see :class:`SyncWorker`.
        roundFinished(object): a ``RoundReport``.
        roundFailed(str): why the round failed (e.g. the share is unreachable).
        statusChanged(object): a fresh ``SyncStatus``.
        busyChanged(bool): a round is (no longer) running.
    """

    roundStarted = Signal()
    progress = Signal(int, int, str)
    roundFinished = Signal(object)
    roundFailed = Signal(str)
    statusChanged = Signal(object)
    busyChanged = Signal(bool)
    _roundRequested = Signal()
    _statusRequested = Signal()

    def __init__(
        self,
        desk: Desk,
        *,
        interval_minutes: float = DEFAULT_INTERVAL_MINUTES,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.interval_ms = round(interval_minutes * 60_000)
        self.busy = False
        self.last_error = ""
        self.last_report: object | None = None
        self.status: SyncStatus | None = None
        self._thread: QThread | None = None
        self._worker: SyncWorker | None = None
        self.timer = QTimer(self)
        self.timer.setObjectName("sync-timer")
        self.timer.timeout.connect(self._tick)

    # -- thread ----------------------------------------------------------------------------

    def _ensure_thread(self) -> SyncWorker:
        if self._worker is None:
            thread = QThread()
            thread.setObjectName("sync")
            worker = SyncWorker(self.desk)
            worker.moveToThread(thread)
            self._roundRequested.connect(worker.run_round)
            self._statusRequested.connect(worker.refresh_status)
            worker.started.connect(self._on_started)
            worker.progress.connect(self._on_progress)
            worker.finished.connect(self._on_finished)
            worker.failed.connect(self._on_failed)
            worker.statusReady.connect(self._on_status)
            thread.finished.connect(worker.deleteLater)
            thread.start()
            self._thread, self._worker = thread, worker
        return self._worker

    def shutdown(self) -> None:
        """Stop the timer and the thread (waits for a running round: it is safe to finish)."""
        self.timer.stop()
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread = None
            self._worker = None

    # -- rounds ----------------------------------------------------------------------------

    def start_timer(self) -> None:
        """Sync every ``interval`` from now on (call when the PC has joined an office)."""
        self.timer.start(self.interval_ms)

    def sync_now(self) -> bool:
        """Start a round unless one is running; returns whether one was started."""
        if self.busy:
            return False
        self.busy = True
        self.busyChanged.emit(True)
        self._ensure_thread()
        self._roundRequested.emit()
        return True

    def refresh_status(self) -> None:
        """Read the status on the worker's thread (the share may be slow); see statusChanged."""
        self._ensure_thread()
        self._statusRequested.emit()

    def _tick(self) -> None:
        self.sync_now()

    @Slot()
    def _on_started(self) -> None:
        self.roundStarted.emit()

    @Slot(int, int, str)
    def _on_progress(self, index: int, count: int, name: str) -> None:
        self.progress.emit(index, count, name)

    @Slot(object)
    def _on_finished(self, report: object) -> None:
        self.busy = False
        self.last_error = ""
        self.last_report = report
        if self.timer.isActive() and self.timer.interval() != self.interval_ms:
            self.timer.start(self.interval_ms)
        self.busyChanged.emit(False)
        self.roundFinished.emit(report)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.busy = False
        self.last_error = message
        if self.timer.isActive():
            self.timer.start(min(self.interval_ms, RETRY_INTERVAL_MINUTES * 60_000))
        self.busyChanged.emit(False)
        self.roundFailed.emit(message)

    @Slot(object)
    def _on_status(self, status: object) -> None:
        from desktop.sync.status import SyncStatus

        if isinstance(status, SyncStatus):
            self.status = status
            if status.joined and not self.timer.isActive():
                self.start_timer()
            self.statusChanged.emit(status)


class BackgroundCall(QObject):
    """Runs one slow call (create or join an office) on the thread pool.

    Connect to the signals with methods of a QObject so they run on the GUI thread.

    Signals:
        done(object): the call's result.
        failed(str, str): the field concerned (or ``""``) and the Indonesian message.
    """

    done = Signal(object)
    failed = Signal(str, str)

    def __init__(self, work: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work

    def start(self) -> None:
        QThreadPool.globalInstance().start(QRunnable.create(self.run))

    def run(self) -> None:
        try:
            result = self._work()
        except InputError as error:
            field, message = next(iter(error.problems.items()))
            self.failed.emit(field, message)
        except JoinCodeError as error:
            self.failed.emit("code", str(error))
        except ShareUnavailableError as error:
            self.failed.emit("share", str(error))
        except NotAllowedError as error:
            self.failed.emit("", str(error))
        except Exception as error:
            log.exception("Pekerjaan sinkronisasi gagal")
            self.failed.emit(
                "",
                self.tr(
                    "Gagal (%1). Tidak ada data yang hilang; rincian tercatat di berkas log."
                ).replace("%1", str(error) or type(error).__name__),
            )
        else:
            self.done.emit(result)
