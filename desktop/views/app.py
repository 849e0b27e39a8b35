"""Start the desktop app: Qt application, settings, fonts, language, SOPs, main window.

Start-up should take about a second on an old office PC, so nothing is done before the window
shows that the first screen does not need (documents, sync and PDF code load on first use).
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop import APP_NAME
from desktop.models.sop import Sop
from desktop.models.sop_loader import SopError, load_bundled, load_sop
from desktop.views.i18n import DEFAULT_LANGUAGE, LANGUAGES, Translations
from desktop.views.qt_fonts import register_fonts

log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.ini"
ORGANIZATION = "Meja Pengaduan"


@dataclass(frozen=True, slots=True)
class LoadProblem:
    """An extra SOP file that could not be used, with the loader's (Indonesian) message."""

    path: Path
    message: str


def open_settings(data_dir: Path) -> QSettings:
    """Settings as an INI file in the data folder (never the Windows registry)."""
    return QSettings(str(data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)


def load_sops(extra: Sequence[Path]) -> tuple[list[Sop], list[LoadProblem]]:
    """Bundled SOPs plus ``extra`` files; a broken extra file becomes a problem, not a crash.

    An extra file with the id of an already-loaded SOP replaces it (an office's own revision).
    """
    sops = {sop.id: sop for sop in load_bundled()}
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


class _QuitAfterFirstPaint(QObject):
    """Quits the application once the watched widget has painted (start-up benchmark)."""

    def __init__(self, quit_app: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._quit = quit_app
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            # bench/startup.py reads this line: the moment the chart first painted.
            print(SHOWN_MARK, time.time(), flush=True)
            QTimer.singleShot(0, self._quit)
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

    Args:
        argv: command-line arguments for Qt (``[sys.argv[0]]`` is enough).
        data_dir: the app's data folder; settings go to ``data_dir/settings.ini``.
        language: ``"id"`` or ``"en"``; ``None`` uses the saved choice (Indonesian at first).
        sop_paths: extra SOP files to show besides the bundled ones.
        quit_when_shown: quit as soon as the window has painted (start-up benchmark, smoke test).
    """
    app = _application(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationDisplayName(APP_NAME)
    settings = open_settings(data_dir)
    register_fonts()
    translations = Translations(app)
    saved = settings.value("ui/language", DEFAULT_LANGUAGE)
    chosen = language or (saved if isinstance(saved, str) else DEFAULT_LANGUAGE)
    translations.set_language(chosen if chosen in LANGUAGES else DEFAULT_LANGUAGE)
    if language is not None:
        settings.setValue("ui/language", translations.language)

    try:
        return _show_main_window(
            app,
            data_dir,
            settings=settings,
            translations=translations,
            sop_paths=sop_paths,
            quit_when_shown=quit_when_shown,
        )
    finally:
        translations.uninstall()
        translations.deleteLater()


def _show_main_window(
    app: QApplication,
    data_dir: Path,
    *,
    settings: QSettings,
    translations: Translations,
    sop_paths: Sequence[Path],
    quit_when_shown: bool,
) -> int:
    sops, problems = load_sops(sop_paths)
    for problem in problems:
        log.warning("Berkas SOP dilewati: %s", problem.message)

    from desktop.views.main_window import MainWindow

    window = MainWindow(sops, data_dir=data_dir, settings=settings, translations=translations)
    # With quit_when_shown a local loop runs instead of app.exec(), so quitting it leaves the
    # application (and any caller's event processing) untouched.
    loop = QEventLoop(window) if quit_when_shown else None
    safety = QTimer(window)
    if loop is not None:
        window.swimlane.viewport().installEventFilter(_QuitAfterFirstPaint(loop.quit, window))
        safety.setSingleShot(True)
        safety.timeout.connect(loop.quit)  # never hang a benchmark if nothing paints
        safety.start(10_000)
    window.show()
    if problems:
        report_problems(window, problems)
    code = loop.exec() if loop is not None else app.exec()
    safety.stop()
    window.close()
    window.deleteLater()
    return code


if __name__ == "__main__":  # pragma: no cover - manual start from a source tree
    sys.exit(run_gui(sys.argv, data_dir=Path.cwd() / "data"))
