"""Start the desktop app: Qt application, settings, fonts, language, sign-in, main window.

Start-up should take about a second on an old office PC, so nothing is done before the first
window shows that it does not need: the login dialog paints before the database code loads
(its list of names fills in a moment later), and documents, sync and PDF code load on first use.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from desktop import APP_NAME
from desktop.logs import rotate_log
from desktop.models.sop import Sop
from desktop.models.sop_cache import load_bundled_cached
from desktop.models.sop_loader import SopError, load_bundled, load_sop
from desktop.views.i18n import DEFAULT_LANGUAGE, LANGUAGES, Translations
from desktop.views.qt_fonts import register_fonts

if TYPE_CHECKING:
    from desktop.models.accounts import User
    from desktop.models.desk import Desk

log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.ini"
CACHE_FOLDER = "cache"
LOG_ROTATION_DELAY_MS = 1000
ORGANIZATION = "Meja Pengaduan"


@dataclass(frozen=True, slots=True)
class LoadProblem:
    """An extra SOP file that could not be used, with the loader's (Indonesian) message."""

    path: Path
    message: str


def open_settings(data_dir: Path) -> QSettings:
    """Settings as an INI file in the data folder (never the Windows registry)."""
    return QSettings(str(data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)


def load_sops(
    extra: Sequence[Path], *, cache_dir: Path | None = None
) -> tuple[list[Sop], list[LoadProblem]]:
    """Bundled SOPs plus ``extra`` files; a broken extra file becomes a problem, not a crash.

    An extra file with the id of an already-loaded SOP replaces it (an office's own revision).
    With ``cache_dir``, the bundled SOPs come from their parsed copy there when it is current.
    """
    bundled = load_bundled() if cache_dir is None else load_bundled_cached(cache_dir)
    sops = {sop.id: sop for sop in bundled}
    problems: list[LoadProblem] = []
    for path in extra:
        try:
            sop = load_sop(path)
        except SopError as error:
            problems.append(LoadProblem(path, str(error)))
            continue
        sops[sop.id] = sop
    return list(sops.values()), problems


def report_problems(parent: QWidget | None, problems: Sequence[LoadProblem]) -> None:
    """Tell the user which extra SOP files were skipped and why."""
    details = "\n\n".join(problem.message for problem in problems)
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("App", "Berkas SOP tidak dapat dipakai"),
        QCoreApplication.translate(
            "App",
            "%1 berkas SOP tambahan tidak dapat dimuat dan dilewati; SOP lainnya tetap "
            "ditampilkan. Perbaiki berkas pada baris yang disebut lalu buka ulang aplikasi.\n\n%2",
        )
        .replace("%1", str(len(problems)))
        .replace("%2", details),
    )


SHOWN_MARK = "window-shown-at"
LOGIN_MARK = "login-shown-at"
DATABASE_FILE = "meja-pengaduan.sqlite3"
"""The desk's database file name (``desktop.models.database.DATABASE_NAME``), known here
without importing SQLAlchemy: on a PC without it the first window needs no database code."""


class _MarkFirstPaint(QObject):
    """Prints ``mark`` and the time once the watched widget has painted, then calls ``then``."""

    def __init__(self, mark: str, then: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._mark = mark
        self._then = then
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            # bench/startup.py reads this line: the moment the window first painted.
            print(self._mark, time.time(), flush=True)
            QTimer.singleShot(0, self._then)
        return False


def _application(argv: Sequence[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    return QApplication(list(argv) or [APP_NAME])


def run_gui(
    argv: list[str],
    *,
    data_dir: Path,
    language: str | None = None,
    sop_paths: Sequence[Path] = (),
    quit_when_shown: bool = False,
) -> int:
    """Run the desktop app until its window closes; returns the exit code.

    The start: open this PC's desk (its database); a PC not set up yet runs the set-up wizard,
    whose admin is then signed in; otherwise the login dialog asks for a name and PIN. Then
    the main window opens for that user. Cancelling the wizard or the login exits with 0 and
    writes nothing; a database that cannot be upgraded is explained and exits with 1.

    ``quit_when_shown`` is for the start-up benchmark and smoke tests, and never skips the PIN:
    on a PC that is not set up it shows the main window without a desk (the SOP viewer alone)
    and quits once that has painted; on a set-up PC it quits once the login dialog has painted.

    Args:
        argv: command-line arguments for Qt (``[sys.argv[0]]`` is enough).
        data_dir: the app's data folder; settings go to ``data_dir/settings.ini``.
        language: ``"id"`` or ``"en"``; ``None`` uses the saved choice (Indonesian at first).
        sop_paths: extra SOP files to show besides the bundled ones.
        quit_when_shown: quit as soon as the first window has painted (see above).
    """
    app = _application(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationDisplayName(APP_NAME)
    app.setWindowIcon(QIcon(str(files("resources") / "icons" / "meja-pengaduan.png")))
    settings = open_settings(data_dir)
    register_fonts()
    translations = Translations(app)
    saved = settings.value("ui/language", DEFAULT_LANGUAGE)
    chosen = language or (saved if isinstance(saved, str) else DEFAULT_LANGUAGE)
    translations.set_language(chosen if chosen in LANGUAGES else DEFAULT_LANGUAGE)
    if language is not None:
        settings.setValue("ui/language", translations.language)

    start = StartFlow(
        app,
        data_dir,
        settings=settings,
        translations=translations,
        sop_paths=sop_paths,
        quit_when_shown=quit_when_shown,
    )
    # Rotation loads code the first window need not wait for (see desktop.logs).
    QTimer.singleShot(LOG_ROTATION_DELAY_MS, rotate_log)
    try:
        return start.run()
    finally:
        rotate_log()
        start.close()
        translations.uninstall()
        translations.deleteLater()


class StartFlow:
    """From the Qt application to the main window: desk, set-up or login, then the window."""

    def __init__(
        self,
        app: QApplication,
        data_dir: Path,
        *,
        settings: QSettings,
        translations: Translations,
        sop_paths: Sequence[Path],
        quit_when_shown: bool,
    ) -> None:
        self.app = app
        self.data_dir = data_dir
        self.settings = settings
        self.translations = translations
        self.sop_paths = sop_paths
        self.quit_when_shown = quit_when_shown
        self.desk: Desk | None = None

    def close(self) -> None:
        if self.desk is not None:
            self.desk.close()
            self.desk = None

    def run(self) -> int:
        if not (self.data_dir / DATABASE_FILE).exists():
            if self.quit_when_shown:
                return self.show_main_window(None)
            return self._first_run()
        return self._sign_in()

    def _first_run(self) -> int:
        desk = self.open_desk(None)
        if desk is None:
            return 1
        if desk.is_set_up:  # another process set it up meanwhile
            return self._sign_in()
        return self._set_up(desk)

    def _set_up(self, desk: Desk) -> int:
        from desktop.views.setup_wizard import SetupWizard

        wizard = SetupWizard(desk)
        accepted = wizard.exec() == QDialog.DialogCode.Accepted.value
        admin = wizard.admin
        join = wizard.join_requested
        wizard.deleteLater()
        if join:
            return self._join(desk)
        if not accepted or admin is None:
            log.info("Penyiapan dibatalkan; tidak ada yang disimpan")
            return 0
        log.info("PC disiapkan; admin %s masuk", admin.name)
        return self.show_main_window(admin)

    def _join(self, desk: Desk) -> int:
        """A new PC joins an existing office (code, share, one round), then signs in."""
        from desktop.views.office_dialog import JoinOfficeDialog

        dialog = JoinOfficeDialog(desk)
        joined = dialog.exec() == QDialog.DialogCode.Accepted.value
        dialog.deleteLater()
        if not joined:
            return self._set_up(desk)
        if not desk.is_set_up:
            QMessageBox.information(
                None,
                QCoreApplication.translate("App", "Data kantor belum tiba"),
                QCoreApplication.translate(
                    "App",
                    "PC ini sudah tergabung, tetapi data kantor belum ada di folder bersama. "
                    "Sinkronkan PC pertama kantor, lalu buka aplikasi ini lagi.",
                ),
            )
            return 0
        log.info("PC bergabung ke kantor")
        return self._sign_in()

    def _sign_in(self) -> int:
        from desktop.views.login_dialog import LoginDialog

        login = LoginDialog(self.settings)
        login.show()
        self._wait_for_paint(login, LOGIN_MARK)
        desk = self.desk or self.open_desk(login)
        if desk is None:
            login.close()
            return 1
        if not desk.is_set_up:
            login.close()
            if self.quit_when_shown:
                return self.show_main_window(None)
            return self._set_up(desk)
        if self.quit_when_shown:
            print(SHOWN_MARK, time.time(), flush=True)
            login.close()
            return 0
        login.set_desk(desk)
        accepted = login.exec() == QDialog.DialogCode.Accepted.value
        user = login.user
        login.deleteLater()
        if not accepted or user is None:
            return 0
        log.info("%s masuk", user.name)
        return self.show_main_window(user)

    def _wait_for_paint(self, widget: QWidget, mark: str) -> None:
        """Let ``widget`` paint before slow work starts (at most a second)."""
        loop = QEventLoop()
        widget.installEventFilter(_MarkFirstPaint(mark, loop.quit, widget))
        QTimer.singleShot(1000, loop.quit)
        loop.exec()

    def open_desk(self, parent: QWidget | None) -> Desk | None:
        """Open (and if needed upgrade) the database; explain and return None if it fails."""
        from desktop.models.database import MigrationError
        from desktop.models.desk import Desk

        try:
            self.desk = Desk(self.data_dir)
        except MigrationError as error:
            self._explain_database_failure(parent, str(error))
            return None
        except Exception as error:
            log.exception("Basis data tidak dapat dibuka")
            self._explain_database_failure(
                parent,
                QCoreApplication.translate(
                    "App",
                    "Basis data di %1 tidak dapat dibuka (%2). Tidak ada yang diubah. "
                    "Laporkan pesan ini kepada petugas TI.",
                )
                .replace("%1", str(self.data_dir))
                .replace("%2", str(error)),
            )
            return None
        return self.desk

    @staticmethod
    def _explain_database_failure(parent: QWidget | None, message: str) -> None:
        QMessageBox.critical(
            parent,
            QCoreApplication.translate("App", "Basis data tidak dapat dibuka"),
            message,
        )

    def show_main_window(self, user: User | None) -> int:
        """The main window for ``user`` on the desk (without a user: the SOP viewer alone)."""
        sops, problems = load_sops(self.sop_paths, cache_dir=self.data_dir / CACHE_FOLDER)
        for problem in problems:
            log.warning("Berkas SOP dilewati: %s", problem.message)

        from desktop.views.main_window import MainWindow

        desk = self.desk if user is not None else None
        window = MainWindow(
            sops,
            data_dir=self.data_dir,
            settings=self.settings,
            translations=self.translations,
            desk=desk,
            user=user,
        )
        if desk is not None and user is not None:
            from desktop.views.signed_in import show_signed_in

            show_signed_in(window, desk, user)
        # With quit_when_shown a local loop runs instead of app.exec(), so quitting it leaves
        # the application (and any caller's event processing) untouched.
        loop = QEventLoop(window) if self.quit_when_shown else None
        safety = QTimer(window)
        if loop is not None:
            window.swimlane.viewport().installEventFilter(
                _MarkFirstPaint(SHOWN_MARK, loop.quit, window)
            )
            safety.setSingleShot(True)
            safety.timeout.connect(loop.quit)  # never hang a benchmark if nothing paints
            safety.start(10_000)
        window.show()
        if problems:
            report_problems(window, problems)
        code = loop.exec() if loop is not None else self.app.exec()
        safety.stop()
        window.close()
        window.deleteLater()
        return code


if __name__ == "__main__":  # pragma: no cover - manual start from a source tree
    sys.exit(run_gui(sys.argv, data_dir=Path.cwd() / "data"))
