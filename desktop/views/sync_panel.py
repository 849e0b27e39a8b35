"""Sync in the window: the status panel, the status-bar indicator and the Sinkronisasi menu.

:func:`install_sync` adds them to a main window from outside (like the session label), so the
window's own code stays about SOPs and cases. The panel shows a
:class:`~desktop.sync.status.SyncStatus` that the sync thread reads; it never touches the
shared folder itself.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models.vocabulary import Role
from desktop.views.field_messages import ERROR_STYLE
from desktop.views.sync_worker import SyncController

if TYPE_CHECKING:
    from desktop.documents.catalog import RenderedDocument
    from desktop.models.accounts import User
    from desktop.models.desk import Desk
    from desktop.sync.status import SyncStatus
    from desktop.views.pdf_preview import PdfPreview

FIRST_ROUND_DELAY_MS = 3000
"""The first round after sign-in waits until the window has settled."""


def format_moment(moment: datetime | None) -> str:
    return moment.strftime("%d-%m-%Y %H:%M") if moment is not None else "—"


def relative_age(moment: datetime, now: datetime) -> str:
    """``baru saja``, ``5 menit lalu``, ``3 jam lalu``, ``2 hari lalu``."""
    minutes = max(0, int((now - moment).total_seconds() // 60))
    if minutes < 1:
        return QCoreApplication.translate("SyncIndicator", "baru saja")
    if minutes < 120:
        text = QCoreApplication.translate("SyncIndicator", "%1 menit lalu")
        return text.replace("%1", str(minutes))
    if minutes < 48 * 60:
        text = QCoreApplication.translate("SyncIndicator", "%1 jam lalu")
        return text.replace("%1", str(minutes // 60))
    text = QCoreApplication.translate("SyncIndicator", "%1 hari lalu")
    return text.replace("%1", str(minutes // (24 * 60)))


class SyncPanel(QDialog):
    """Status sinkronisasi: this PC's place in the office, the other PCs, what needs a look.

    Signals:
        cardRequested(): the admin asked for the kartu bergabung.
    """

    cardRequested = Signal()

    def __init__(
        self,
        controller: SyncController,
        *,
        office_name: str = "",
        can_print_card: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sync-panel")
        self.controller = controller
        self.office_name = office_name
        self.status: SyncStatus | None = None
        self._build(can_print_card)
        controller.statusChanged.connect(self.show_status)
        controller.roundStarted.connect(self._round_started)
        controller.progress.connect(self._progress)
        controller.roundFinished.connect(self._round_finished)
        controller.roundFailed.connect(self._round_failed)
        self.retranslate_ui()
        self._show_busy(controller.busy)
        if controller.last_error:
            self._round_failed(controller.last_error)
        if controller.status is not None:
            self.show_status(controller.status)
        self.resize(820, 620)

    def _build(self, can_print_card: bool) -> None:
        column = QVBoxLayout(self)
        self.problem = QLabel(self)
        self.problem.setObjectName("share-problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(
            ERROR_STYLE + "border: 1px solid #b3261e; padding: 6px; background: #fdecea;"
        )
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.hide()
        column.addWidget(self.problem)

        self.summary = QFormLayout()
        self.summary_labels: list[QLabel] = []
        self.office_value = self._summary_row()
        self.device_value = self._summary_row()
        self.share_value = self._summary_row()
        self.last_sync_value = self._summary_row()
        self.pending_value = self._summary_row()
        self.snapshot_value = self._summary_row()
        column.addLayout(self.summary)

        self.progress_label = QLabel(self)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setTextVisible(False)
        column.addWidget(self.progress_label)
        column.addWidget(self.progress_bar)

        self.peers_title = QLabel(self)
        self.peers_title.setStyleSheet("font-weight: bold; margin-top: 8px;")
        column.addWidget(self.peers_title)
        self.peers = QTableWidget(0, 5, self)
        self.peers.setObjectName("peers")
        self._table_setup(self.peers)
        column.addWidget(self.peers, 2)
        self.peers_note = QLabel(self)
        self.peers_note.setWordWrap(True)
        self.peers_note.setStyleSheet("color: #555;")
        column.addWidget(self.peers_note)

        self.problems_title = QLabel(self)
        self.problems_title.setStyleSheet("font-weight: bold; margin-top: 8px;")
        column.addWidget(self.problems_title)
        self.problems = QTableWidget(0, 3, self)
        self.problems.setObjectName("problems")
        self._table_setup(self.problems)
        self.problems.setWordWrap(True)
        column.addWidget(self.problems, 3)
        self.explanations = QLabel(self)
        self.explanations.setObjectName("explanations")
        self.explanations.setWordWrap(True)
        self.explanations.setTextFormat(Qt.TextFormat.RichText)
        column.addWidget(self.explanations)

        buttons = QHBoxLayout()
        self.sync_button = QPushButton(self)
        self.sync_button.setObjectName("sync-now")
        self.sync_button.clicked.connect(self.controller.sync_now)
        self.card_button = QPushButton(self)
        self.card_button.setObjectName("print-card")
        self.card_button.setVisible(can_print_card)
        self.card_button.clicked.connect(self.cardRequested)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.close)
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.card_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        column.addLayout(buttons)

    def _summary_row(self) -> QLabel:
        name = QLabel(self)
        value = QLabel(self)
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.addRow(name, value)
        self.summary_labels.append(name)
        return value

    @staticmethod
    def _table_setup(table: QTableWidget) -> None:
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(
            table.columnCount() - 1, QHeaderView.ResizeMode.Stretch
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Status sinkronisasi"))
        names = [
            self.tr("Kantor:"),
            self.tr("PC ini:"),
            self.tr("Folder bersama:"),
            self.tr("Sinkron terakhir:"),
            self.tr("Menunggu dikirim:"),
            self.tr("Snapshot kantor:"),
        ]
        for label, text in zip(self.summary_labels, names, strict=True):
            label.setText(text)
        self.peers_title.setText(self.tr("PC lain di kantor"))
        self.peers.setHorizontalHeaderLabels(
            [
                self.tr("Kode PC"),
                self.tr("Terakhir terlihat"),
                self.tr("Belum diterimanya dari PC ini"),
                self.tr("Belum diterima PC ini"),
                self.tr("Jam"),
            ]
        )
        self.peers_note.setText(
            self.tr(
                "\u201cBelum diterima\u201d: peristiwa yang belum sampai ke PC tersebut pada "
                "sinkronisasi terakhirnya; menyusul dengan sendirinya pada sinkronisasi "
                "berikutnya. Angka yang tetap besar berarti PC itu lama tidak menyala atau "
                "tidak dapat membuka folder bersama."
            )
        )
        self.problems_title.setText(self.tr("Perlu diperhatikan"))
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Jenis"), self.tr("Berkas atau peristiwa"), self.tr("Alasan")]
        )
        self.sync_button.setText(self.tr("&Sinkronkan sekarang"))
        self.card_button.setText(self.tr("Cetak &kartu bergabung…"))
        self.close_button.setText(self.tr("&Tutup"))
        if self.status is not None:
            self.show_status(self.status)
        else:
            self._clear()

    def _clear(self) -> None:
        for value in (
            self.office_value,
            self.device_value,
            self.share_value,
            self.last_sync_value,
            self.pending_value,
            self.snapshot_value,
        ):
            value.setText("…")
        self.progress_label.setText(self.tr("Membaca status…"))

    # -- showing ---------------------------------------------------------------------------

    @Slot(object)
    def show_status(self, status: object) -> None:
        from desktop.sync.status import SyncStatus

        if not isinstance(status, SyncStatus):
            return
        self.status = status
        if not status.joined:
            self.office_value.setText(
                self.tr(
                    "PC ini belum tergabung ke kantor. Admin: pilih Sinkronisasi \u2192 Buat "
                    "kantor di folder bersama (PC pertama) atau Gabung ke kantor."
                )
            )
            for value in (
                self.share_value,
                self.last_sync_value,
                self.pending_value,
                self.snapshot_value,
            ):
                value.setText("—")
            self.device_value.setText(status.device_code or "—")
            self.sync_button.setEnabled(False)
            self.card_button.setEnabled(False)
            self._fill_peers(status)
            self._fill_problems(status)
            return
        self.sync_button.setEnabled(not self.controller.busy)
        self.card_button.setEnabled(True)
        self.office_value.setText(
            f"{self.office_name} ({status.office_id[:8]})" if self.office_name else status.office_id
        )
        self.device_value.setText(status.device_code)
        self.share_value.setText(status.share_path)
        self.last_sync_value.setText(
            format_moment(status.last_sync_at)
            if status.last_sync_at
            else self.tr("belum pernah berhasil")
        )
        self.pending_value.setText(
            self.tr("%1 peristiwa dari PC ini").replace("%1", str(status.pending_outgoing))
            if status.pending_outgoing
            else self.tr("tidak ada — semua sudah dikirim")
        )
        self.snapshot_value.setText(self._snapshot_text(status))
        if status.share_problem:
            self._show_problem(status.share_problem)
        elif not self.controller.last_error:
            self.problem.hide()
        self._fill_peers(status)
        self._fill_problems(status)

    def _snapshot_text(self, status: SyncStatus) -> str:
        snapshot = status.snapshot
        if snapshot is None:
            return self.tr(
                "belum ada — PC yang baru bergabung membaca semua berkas batch; snapshot "
                "ditulis otomatis setelah cukup banyak data"
            )
        try:
            created = format_moment(datetime.fromisoformat(snapshot.created))
        except ValueError:
            created = snapshot.created
        return (
            self.tr("dari PC %1, %2, %3 peristiwa")
            .replace("%1", snapshot.device_code)
            .replace("%2", created)
            .replace("%3", f"{snapshot.events:,}".replace(",", "."))
        )

    def _fill_peers(self, status: SyncStatus) -> None:
        self.peers.setRowCount(len(status.peers))
        for row, peer in enumerate(status.peers):
            clock = "—"
            if peer.clock_offset is not None:
                minutes = int(abs(peer.clock_offset.total_seconds()) // 60)
                clock = (
                    self.tr("selisih %1 menit").replace("%1", str(minutes))
                    if minutes >= 10
                    else self.tr("tepat")
                )
            cells = [
                peer.code,
                format_moment(peer.last_seen) if peer.last_seen else self.tr("belum pernah"),
                str(peer.lacks_from_us),
                str(peer.we_lack),
                clock,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in {2, 3}:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.peers.setItem(row, column, item)
        if not status.peers:
            self.peers.setRowCount(1)
            self.peers.setItem(0, 0, QTableWidgetItem(self.tr("Belum ada PC lain yang terlihat.")))

    def _fill_problems(self, status: SyncStatus) -> None:
        rows: list[tuple[str, str, str]] = []
        kinds: list[str] = []
        for problem in status.quarantined_files:
            rows.append(
                (
                    self.tr("Berkas dikarantina"),
                    f"{problem.name} ({problem.device_code})",
                    problem.reason,
                )
            )
        if status.quarantined_files:
            kinds.append(
                self.tr(
                    "<b>Berkas dikarantina</b>: berkas dari PC lain yang tetap rusak setelah "
                    "beberapa kali dicoba, atau dibuat dengan kunci kantor lain. Isinya tidak "
                    "dimasukkan dan data di PC ini tidak berubah. Minta PC pengirim "
                    "menyinkronkan lagi; bila berkas itu bukan dari kantor ini, keluarkan dari "
                    "folder bersama."
                )
            )
        for event in status.quarantined_events:
            rows.append((self.tr("Peristiwa dikarantina"), event.event_id, event.reason))
        if status.quarantined_events:
            kinds.append(
                self.tr(
                    "<b>Peristiwa dikarantina</b>: sebuah peristiwa datang lagi dengan pengenal "
                    "yang sama tetapi isinya berbeda. Yang sudah ada dipertahankan; yang datang "
                    "disimpan terpisah untuk diperiksa petugas TI."
                )
            )
        for problem in status.retrying_files:
            rows.append(
                (
                    self.tr("Dicoba lagi"),
                    f"{problem.name} ({problem.device_code})",
                    problem.reason,
                )
            )
        if status.retrying_files:
            kinds.append(
                self.tr(
                    "<b>Dicoba lagi</b>: berkas yang belum lengkap (mungkin masih disalin) atau "
                    "sedang dipakai program lain. Dicoba lagi otomatis; tidak perlu tindakan."
                )
            )
        for warning in status.clock_warnings:
            rows.append((self.tr("Jam PC"), warning.code, warning.message()))
        if status.clock_warnings:
            kinds.append(
                self.tr(
                    "<b>Jam PC</b>: jam PC tersebut jauh berbeda dari jam PC ini. "
                    "Peristiwanya tetap diterima, tetapi tanggal dan urutannya bisa tampak "
                    "janggal. Perbaiki tanggal, jam dan zona waktu PC itu."
                )
            )
        self.problems.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.problems.setItem(row, column, item)
        self.problems.resizeRowsToContents()
        if not rows:
            self.problems.setRowCount(1)
            self.problems.setItem(0, 0, QTableWidgetItem(self.tr("Tidak ada masalah.")))
        self.explanations.setText("<br>".join(kinds))
        self.explanations.setVisible(bool(kinds))

    def _show_problem(self, message: str) -> None:
        self.problem.setText(
            self.tr(
                "%1\nPekerjaan tetap berjalan dan tersimpan di PC ini; sinkronisasi berikutnya "
                "akan mengejar."
            ).replace("%1", message)
        )
        self.problem.show()

    def _show_busy(self, busy: bool) -> None:
        self.progress_bar.setVisible(busy)
        self.progress_label.setVisible(busy)
        self.sync_button.setEnabled(not busy and (self.status is None or self.status.joined))

    @Slot()
    def _round_started(self) -> None:
        self._show_busy(True)
        self.progress_bar.setRange(0, 0)
        self.progress_label.setText(self.tr("Menyinkronkan…"))

    @Slot(int, int, str)
    def _progress(self, index: int, count: int, name: str) -> None:
        self.progress_bar.setRange(0, count)
        self.progress_bar.setValue(index)
        self.progress_label.setText(
            self.tr("Mengambil berkas %1 dari %2: %3")
            .replace("%1", str(index))
            .replace("%2", str(count))
            .replace("%3", name)
        )

    @Slot(object)
    def _round_finished(self, report: object) -> None:
        self._show_busy(False)
        self.problem.hide()

    @Slot(str)
    def _round_failed(self, message: str) -> None:
        self._show_busy(False)
        self._show_problem(message)


class SyncIndicator(QLabel):
    """``Sinkron: 2 menit lalu`` in the status bar, or why it is not; a click opens the panel.

    Signals:
        clicked(): the user clicked the indicator.
    """

    clicked = Signal()

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync-indicator")
        self.controller = controller
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.progress_text = ""
        controller.statusChanged.connect(self.refresh)
        controller.roundStarted.connect(self._started)
        controller.progress.connect(self._progress)
        controller.roundFinished.connect(self.refresh)
        controller.roundFailed.connect(self.refresh)
        self.ticker = QTimer(self)
        self.ticker.timeout.connect(self.refresh)
        self.ticker.start(30_000)
        self.refresh()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit()
        super().mousePressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)

    @Slot()
    def _started(self) -> None:
        self.progress_text = self.tr("Sinkron: berjalan…")
        self.refresh()

    @Slot(int, int, str)
    def _progress(self, index: int, count: int, _name: str) -> None:
        self.progress_text = (
            self.tr("Sinkron: %1/%2").replace("%1", str(index)).replace("%2", str(count))
        )
        self.refresh()

    @Slot()
    def refresh(self, *_args: object) -> None:
        controller, status = self.controller, self.controller.status
        self.setStyleSheet("")
        if controller.busy and self.progress_text:
            self.setText(self.progress_text)
            self.setToolTip(self.tr("Sinkronisasi sedang berjalan di latar belakang."))
            return
        self.progress_text = ""
        if controller.last_error or (status is not None and status.share_problem):
            self.setText(self.tr("Folder bersama tidak terjangkau"))
            self.setStyleSheet(ERROR_STYLE)
            self.setToolTip(controller.last_error or (status.share_problem if status else ""))
            return
        if status is None:
            self.setText(self.tr("Sinkron: …"))
            self.setToolTip("")
            return
        if not status.joined:
            self.setText(self.tr("Sinkron: belum tergabung"))
            self.setToolTip(self.tr("PC ini belum tergabung ke kantor (menu Sinkronisasi)."))
            return
        if status.last_sync_at is None:
            self.setText(self.tr("Sinkron: belum pernah"))
        else:
            age = relative_age(status.last_sync_at, controller.desk.now())
            self.setText(self.tr("Sinkron: %1").replace("%1", age))
        warn = status.needs_attention
        if warn:
            self.setText(self.text() + " ⚠")
        self.setToolTip(
            self.tr("Ada hal yang perlu diperhatikan; klik untuk melihat status sinkronisasi.")
            if warn
            else self.tr("Klik untuk melihat status sinkronisasi.")
        )


class SyncMenu(QMenu):
    """Sinkronisasi: the status panel, a round now, and for an admin the office actions."""

    def __init__(self, hub: SyncHub, admin: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("sync-menu")
        self.panel_action = QAction(self)
        self.panel_action.triggered.connect(hub.show_panel)
        self.sync_action = QAction(self)
        self.sync_action.setShortcut("F5")
        self.sync_action.triggered.connect(hub.controller.sync_now)
        self.addAction(self.panel_action)
        self.addAction(self.sync_action)
        self.create_action = QAction(self)
        self.create_action.triggered.connect(hub.create_office)
        self.join_action = QAction(self)
        self.join_action.triggered.connect(hub.join_office)
        self.card_action = QAction(self)
        self.card_action.triggered.connect(hub.print_card)
        if admin:
            self.addSeparator()
            self.addActions([self.create_action, self.join_action, self.card_action])
        hub.controller.statusChanged.connect(self._enable)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("&Sinkronisasi"))
        self.panel_action.setText(self.tr("&Status sinkronisasi…"))
        self.sync_action.setText(self.tr("Sinkronkan &sekarang"))
        self.create_action.setText(self.tr("&Buat kantor di folder bersama…"))
        self.join_action.setText(self.tr("&Gabung ke kantor…"))
        self.card_action.setText(self.tr("Cetak &kartu bergabung…"))

    @Slot(object)
    def _enable(self, status: object) -> None:
        joined = bool(getattr(status, "joined", False))
        self.sync_action.setEnabled(joined)
        self.create_action.setEnabled(not joined)
        self.card_action.setEnabled(joined)


class SyncHub(QObject):
    """Sync for one window: the controller, the indicator, the menu, and the dialogs they open.

    Stops the sync thread when the window closes.
    """

    def __init__(self, window: QMainWindow, desk: Desk, user: User) -> None:
        super().__init__(window)
        self.window = window
        self.desk = desk
        self.user = user
        self.controller = SyncController(desk, parent=self)
        self.controller.roundFailed.connect(self._round_failed)
        self.controller.roundFinished.connect(self._round_finished)
        self.panel: SyncPanel | None = None
        self.preview: PdfPreview | None = None
        self.indicator = SyncIndicator(self.controller, window)
        self.indicator.clicked.connect(self.show_panel)
        window.statusBar().addPermanentWidget(self.indicator)
        self.menu = SyncMenu(self, user.role is Role.ADMIN, window)
        menus = window.menuBar().actions()
        if menus:  # before Bantuan, the last menu
            window.menuBar().insertMenu(menus[-1], self.menu)
        else:
            window.menuBar().addMenu(self.menu)
        window.installEventFilter(self)
        from desktop.sync.status import sync_status

        status = sync_status(desk, read_share=False)  # this PC's database only: quick
        self.controller._on_status(status)
        if status.joined:
            QTimer.singleShot(FIRST_ROUND_DELAY_MS, self.controller.sync_now)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.controller.shutdown()
        return False

    @Slot(str)
    def _round_failed(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 15000)

    @Slot(object)
    def _round_finished(self, report: object) -> None:
        touched = getattr(report, "touched_cases", None)
        summary = getattr(report, "summary", None)
        if touched and callable(summary):
            self.window.statusBar().showMessage(
                self.tr("Sinkron: %1").replace("%1", summary()), 15000
            )
            refresh = getattr(self.window, "dashboard_page", None)
            if refresh is not None and hasattr(refresh, "refresh"):
                refresh.refresh()

    def _office_name(self) -> str:
        return self.desk.office_profile().nama_dinas

    @Slot()
    def show_panel(self) -> SyncPanel:
        if self.panel is None:
            self.panel = SyncPanel(
                self.controller,
                office_name=self._office_name(),
                can_print_card=self.user.role is Role.ADMIN,
                parent=self.window,
            )
            self.panel.cardRequested.connect(self.print_card)
        self.panel.show()
        self.panel.raise_()
        self.controller.refresh_status()
        return self.panel

    @Slot()
    def create_office(self) -> QDialog:
        from desktop.views.office_dialog import CreateOfficeDialog

        dialog = CreateOfficeDialog(self.desk, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted.value:
            QMessageBox.information(
                self.window,
                self.tr("Kantor dibuat"),
                self.tr(
                    "PC ini kini PC pertama kantor. Cetak kartu bergabung (menu Sinkronisasi) "
                    "untuk menggabungkan PC lain. Kode bergabung:\n\n%1"
                ).replace("%1", str(dialog.result_value)),
            )
            self.controller.refresh_status()
        dialog.deleteLater()
        return dialog

    @Slot()
    def join_office(self) -> QDialog:
        from desktop.views.office_dialog import JoinOfficeDialog

        dialog = JoinOfficeDialog(self.desk, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted.value:
            self.controller.refresh_status()
        dialog.deleteLater()
        return dialog

    @Slot()
    def print_card(self) -> PdfPreview | None:
        """Preview the kartu bergabung (admins only: the code opens the office's data)."""
        if self.user.role is not Role.ADMIN:
            return None
        from desktop.views.pdf_preview import PdfPreview

        desk = self.desk

        def work() -> RenderedDocument:
            from desktop.documents.join_card import card_for

            return card_for(desk)

        preview = PdfPreview(self.window)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.load(work, self.tr("Kartu Bergabung"))
        preview.show()
        self.preview = preview
        return preview


def install_sync(window: QMainWindow, desk: Desk, user: User) -> SyncHub:
    """Add sync to ``window``: the indicator, the Sinkronisasi menu, background rounds."""
    return SyncHub(window, desk, user)
