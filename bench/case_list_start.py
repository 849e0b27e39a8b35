"""Child process for the benchmark: from process start to the case list shown with rows.

Does what the app does after a successful login (open the desk, check the PIN, build the main
window on the list page) without a person typing the PIN; prints when the table has painted
rows, and the process's peak memory.
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

MARK = "list-shown-at"


def main(data_dir: Path, pin: str) -> None:
    app = QApplication([])
    from desktop.views.qt_fonts import register_fonts

    register_fonts()
    from desktop.models.desk import Desk
    from desktop.views.app import load_sops, open_settings
    from desktop.views.i18n import Translations
    from desktop.views.main_window import PAGE_CASES, MainWindow

    desk = Desk(data_dir)
    user = desk.authenticate(desk.users()[0].user_id, pin)
    translations = Translations(app)
    translations.set_language("id")
    sops, _ = load_sops([])
    window = MainWindow(
        sops,
        data_dir=data_dir,
        settings=open_settings(data_dir),
        translations=translations,
        desk=desk,
        user=user,
    )
    window.resize(1366, 768)
    window.show_page(PAGE_CASES)
    table = window.case_page.table

    class FirstRows(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and window.case_page.model.rowCount() > 0:
                peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
                print(MARK, time.time(), f"{peak_mb:.0f}", flush=True)
                QTimer.singleShot(0, app.quit)
            return False

    watcher = FirstRows()
    table.viewport().installEventFilter(watcher)
    window.show()
    QTimer.singleShot(20_000, app.quit)
    app.exec()
    desk.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
