"""One case in full: its data, where it stands on the SOP, its deadlines, timeline and files.

The panel shows a :class:`~desktop.models.desk.CaseDetail` as the desk built it for the viewer:
the complainant's name is ``pelapor_display`` (masked for pimpinan) and contact details appear
only to the complaint team. The buttons are the detail's ``actions`` plus "Ubah data" for users
who can write; the document buttons below them are the documents the SOP offers at the case's
step.

A field two PCs changed at once shows in an amber box with every value, who wrote it and when;
a writer settles it with "Pakai nilai ini". An attachment whose file has not arrived from
another PC yet is listed greyed with a note instead of failing to open.
"""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.documents.catalog import offered_now
from desktop.models.accounts import User
from desktop.models.case_fold import CaseState, Party
from desktop.models.conflicts import Conflict
from desktop.models.desk import Action, CaseDetail, Desk
from desktop.sync.blob_transfer import missing_blobs
from desktop.views.attachment_picker import size_text
from desktop.views.case_list_model import DATE_TIME, OVERDUE_INK, channel_label, status_label

IGNORED_INK = QColor("#8a8a8a")
BUTTONS_PER_ROW = 3
DOCUMENT_ACTION = "dokumen:"
"""``actionRequested`` key prefix of a document button: ``dokumen:disposisi``."""
EDIT_ACTION = "ubah-data"
"""``actionRequested`` key of the "Ubah data" button (offered to users who can write)."""
CONFLICT_STYLE = (
    "QFrame#conflicts { background: #fff4d6; border: 1px solid #d9a400; border-radius: 4px; }"
)
MISSING_ROLE = Qt.ItemDataRole.UserRole + 1
"""Attachment list item data: ``True`` when the file has not arrived from another PC yet."""


def _moment(value: datetime | None) -> str:
    return "" if value is None or value == datetime.min else value.strftime(DATE_TIME)


class CaseDetailPanel(QScrollArea):
    """Shows one case; buttons ask for the operations the desk allows on it now.

    Signals:
        actionRequested(str): the user pressed the button of an action (its ``key``), of
            "Ubah data" (:data:`EDIT_ACTION`) or of a document (``dokumen:<kind>``, see
            :data:`DOCUMENT_ACTION`).
        showFlowRequested(): the user wants to see the case on the SOP flowchart.
        resolveConflictRequested(str, str): "Pakai nilai ini" was pressed for a field and value.
    """

    actionRequested = Signal(str)
    showFlowRequested = Signal()
    resolveConflictRequested = Signal(str, str)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.detail: CaseDetail | None = None
        self.viewer: User | None = None
        self.shown_actions: tuple[Action, ...] = ()
        self.notice: QMessageBox | None = None
        self.setWidgetResizable(True)
        body = QWidget(self)
        self.setWidget(body)
        column = QVBoxLayout(body)
        self.body_column = column
        self.title = QLabel(body)
        self.title.setWordWrap(True)
        column.addWidget(self.title)
        self.button_grid = QGridLayout()
        column.addLayout(self.button_grid)
        self.buttons: dict[str, QPushButton] = {}
        self.documents_row = QHBoxLayout()
        self.documents_label = QLabel(body)
        self.documents_row.addWidget(self.documents_label)
        self.documents_row.addStretch(1)
        column.addLayout(self.documents_row)
        self.document_buttons: dict[str, QPushButton] = {}
        self.conflict_box = QFrame(body)
        self.conflict_box.setObjectName("conflicts")
        self.conflict_box.setStyleSheet(CONFLICT_STYLE)
        self.conflict_column = QVBoxLayout(self.conflict_box)
        self.conflict_title = QLabel(self.conflict_box)
        self.conflict_title.setWordWrap(True)
        self.conflict_column.addWidget(self.conflict_title)
        self.conflict_rows = QWidget(self.conflict_box)
        self.conflict_column.addWidget(self.conflict_rows)
        self.conflict_buttons: dict[tuple[str, str], QPushButton] = {}
        column.addWidget(self.conflict_box)
        self.data_form = QFormLayout()
        self.data_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        column.addLayout(self.data_form)
        self.fields: dict[str, QLabel] = {}
        for key in (
            "saluran",
            "diterima",
            "pelapor",
            "kontak",
            "alamat",
            "nik",
            "terlapor",
            "perihal",
            "isi",
            "bidang",
            "surat",
            "lapor",
            "status",
        ):
            value = QLabel(body)
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setObjectName(f"field-{key}")
            self.data_form.addRow(QLabel(body), value)
            self.fields[key] = value
        self.step_box = QGroupBox(body)
        step_column = QVBoxLayout(self.step_box)
        self.step_text = QLabel(self.step_box)
        self.step_text.setWordWrap(True)
        self.flow_button = QPushButton(self.step_box)
        self.flow_button.clicked.connect(self.showFlowRequested)
        step_row = QHBoxLayout()
        step_row.addWidget(self.step_text, 1)
        step_row.addWidget(self.flow_button)
        step_column.addLayout(step_row)
        self.deadlines_text = QLabel(self.step_box)
        self.deadlines_text.setWordWrap(True)
        step_column.addWidget(self.deadlines_text)
        column.addWidget(self.step_box)
        self.timeline_label = QLabel(body)
        column.addWidget(self.timeline_label)
        self.timeline = QTreeWidget(body)
        self.timeline.setRootIsDecorated(False)
        self.timeline.setColumnCount(4)
        self.timeline.setWordWrap(True)
        self.timeline.setMinimumHeight(160)
        self.timeline.setUniformRowHeights(False)
        self.timeline.header().setStretchLastSection(False)
        self.timeline.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        column.addWidget(self.timeline, 2)
        self.attachments_label = QLabel(body)
        column.addWidget(self.attachments_label)
        self.attachments = QListWidget(body)
        self.attachments.setMaximumHeight(110)
        self.attachments.itemActivated.connect(self._open_attachment)
        column.addWidget(self.attachments)
        self.retranslate_ui()
        self.show_case(None, None)

    def retranslate_ui(self) -> None:
        labels = {
            "saluran": self.tr("Saluran:"),
            "diterima": self.tr("Diterima:"),
            "pelapor": self.tr("Pelapor:"),
            "kontak": self.tr("Kontak:"),
            "alamat": self.tr("Alamat:"),
            "nik": self.tr("NIK:"),
            "terlapor": self.tr("Terlapor:"),
            "perihal": self.tr("Perihal:"),
            "isi": self.tr("Isi:"),
            "bidang": self.tr("Bidang:"),
            "surat": self.tr("Surat:"),
            "lapor": self.tr("Nomor LAPOR!:"),
            "status": self.tr("Status:"),
        }
        for key, value in self.fields.items():
            label = self.data_form.labelForField(value)
            if isinstance(label, QLabel):
                label.setText(labels[key])
        self.step_box.setTitle(self.tr("Posisi pada alur SOP"))
        self.flow_button.setText(self.tr("Lihat di &bagan"))
        self.timeline_label.setText(self.tr("<b>Riwayat</b>"))
        self.timeline.setHeaderLabels(
            [self.tr("Waktu"), self.tr("Kejadian"), self.tr("Dicatat oleh"), self.tr("Atas nama")]
        )
        self.attachments_label.setText(self.tr("<b>Lampiran</b> (Enter atau klik ganda: buka)"))
        self.documents_label.setText(self.tr("Dokumen:"))
        for kind, button in self.document_buttons.items():
            button.setText(self._document_label(kind, button.text()))
        for action in self.shown_actions:
            if action.key in self.buttons:
                self.buttons[action.key].setText(self._action_label(action))
        self.conflict_title.setText(
            self.tr(
                "<b>Perubahan bersamaan dari PC lain</b><br>Isian berikut diubah pada dua PC "
                "sekaligus. Yang tampil adalah nilai yang menang; pilih nilai yang benar."
            )
        )
        if self.detail is not None:
            self._show_conflicts(self.detail)
            self._show_attachments(self.detail)

    # -- showing ----------------------------------------------------------------------------

    def show_case(self, detail: CaseDetail | None, viewer: User | None) -> None:
        """Show ``detail`` as ``viewer`` may see it; ``None`` shows an empty hint."""
        self.detail = detail
        self.viewer = viewer
        has = detail is not None
        for widget in (self.step_box, self.timeline_label, self.timeline):
            widget.setVisible(has)
        self.attachments_label.setVisible(has)
        self.attachments.setVisible(has)
        if detail is None or viewer is None:
            self.title.setText(self.tr("Pilih pengaduan pada daftar untuk melihat rinciannya."))
            for value in self.fields.values():
                self.data_form.setRowVisible(value, False)
            self._set_buttons(())
            self._set_document_buttons([])
            self._show_conflicts(None)
            return
        state = detail.state
        self.title.setText(
            f"<h2>{html.escape(state.nomor_agenda)}</h2><p>{html.escape(state.perihal)}</p>"
        )
        team = viewer.role.complaint_team
        pelapor = state.pelapor
        letter = " — ".join(
            part
            for part in (
                state.letter_nomor,
                state.letter_tanggal.strftime("%d-%m-%Y") if state.letter_tanggal else "",
                state.letter_asal,
            )
            if part
        )
        values = {
            "saluran": channel_label(state.channel),
            "diterima": _moment(state.received_at),
            "pelapor": detail.pelapor_display
            + (self.tr(" (dirahasiakan bagi pimpinan)") if pelapor.rahasia and team else ""),
            "kontak": pelapor.kontak if team else "",
            "alamat": pelapor.alamat if team else "",
            "nik": pelapor.nik if team else "",
            "terlapor": _party(state.terlapor),
            "perihal": state.perihal,
            "isi": state.isi,
            "bidang": state.bidang,
            "surat": letter,
            "lapor": state.lapor_tracking,
            "status": status_label(state.status.value, state.outcome),
        }
        for key, value in self.fields.items():
            value.setText(values[key])
            self.data_form.setRowVisible(value, bool(values[key]))
        self._show_step(detail)
        self._show_timeline(detail)
        self._show_conflicts(detail)
        self._show_attachments(detail)
        actions = detail.actions
        if viewer.role.can_write:
            actions = (*actions, Action(EDIT_ACTION, "Ubah data"))
        self._set_buttons(actions)
        self._set_document_buttons(offered_now(detail))
        QTimer.singleShot(0, self, self._fit_width)  # once the new buttons are polished

    def _fit_width(self) -> None:
        """Keep the panel wide enough for its widest row, so no button is cut off."""
        self.body_column.activate()
        bar = self.verticalScrollBar().sizeHint().width()
        wide = self.body_column.minimumSize().width()
        self.setMinimumWidth(wide + bar + 2 * self.frameWidth())

    def _show_step(self, detail: CaseDetail) -> None:
        step = detail.current_step
        state = detail.state
        if step is None:
            self.step_text.setText(self.tr("Tidak ada langkah berjalan (pengaduan ditutup)."))
        else:
            lane = detail.sop.lane(step.lane).name
            lines = [
                f"<b>{html.escape(step.number)}. {html.escape(step.activity)}</b>",
                self.tr("Pelaksana: %1").replace("%1", html.escape(lane)),
                self.tr("Mulai: %1").replace("%1", _moment(state.step_started_at)),
            ]
            if state.due_at is not None:
                due = self.tr("Batas waktu: %1").replace("%1", _moment(state.due_at))
                if detail.overdue:
                    due = (
                        f"<span style='color:{OVERDUE_INK.name()}'><b>{due} — "
                        f"{self.tr('TERLAMBAT')}</b></span>"
                    )
                lines.append(due)
            if state.status.value == "dijeda" and state.paused_at is not None:
                lines.append(self.tr("Dijeda sejak %1").replace("%1", _moment(state.paused_at)))
            self.step_text.setText("<br>".join(lines))
        deadlines = []
        for deadline in detail.deadlines:
            text = self.tr("%1: %2").replace("%1", html.escape(deadline.name))
            text = text.replace("%2", _moment(deadline.due_at))
            if deadline.passed:
                text = f"<span style='color:{OVERDUE_INK.name()}'><b>{text}</b></span>"
            deadlines.append(text)
        self.deadlines_text.setText(
            self.tr("<b>Batas waktu keseluruhan</b><br>%1").replace("%1", "<br>".join(deadlines))
            if deadlines
            else ""
        )
        self.deadlines_text.setVisible(bool(deadlines))

    def _show_timeline(self, detail: CaseDetail) -> None:
        self.timeline.clear()
        for entry in detail.timeline:
            what = entry.summary
            if entry.ignored_reason:
                what = self.tr("%1 (diabaikan: %2)").replace("%1", what)
                what = what.replace("%2", entry.ignored_reason)
            item = QTreeWidgetItem([_moment(entry.at), what, entry.author, entry.on_behalf_of])
            item.setToolTip(1, what)
            if entry.ignored_reason:
                for column in range(4):
                    item.setForeground(column, IGNORED_INK)
            self.timeline.addTopLevelItem(item)
        for column in (0, 2, 3):
            self.timeline.resizeColumnToContents(column)

    def _show_conflicts(self, detail: CaseDetail | None) -> None:
        """The amber box: per field, the value shown and the value(s) it displaced."""
        self.conflict_buttons = {}
        self.conflict_rows.deleteLater()
        self.conflict_rows = QWidget(self.conflict_box)
        self.conflict_column.addWidget(self.conflict_rows)
        conflicts = detail.state.conflicts if detail is not None else []
        self.conflict_box.setVisible(bool(conflicts))
        if detail is None or not conflicts:
            return
        state = detail.state
        names = {user.user_id: user.name for user in self.desk.users(include_inactive=True)}
        can_write = self.viewer is not None and self.viewer.role.can_write
        grid = QGridLayout(self.conflict_rows)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(0, 1)
        row = 0
        by_field: dict[str, list[Conflict]] = {}
        for conflict in conflicts:
            by_field.setdefault(conflict.field, []).append(conflict)
        for name, losers in by_field.items():
            heading = QLabel(f"<b>{html.escape(self._field_name(name))}</b>", self.conflict_rows)
            grid.addWidget(heading, row, 0, 1, 2)
            row += 1
            shown = str(getattr(state, name, ""))
            version = state.versions.get(name)
            entries = [
                (
                    self.tr("Tampil sekarang"),
                    shown,
                    version.author if version else "",
                    version.at if version else None,
                )
            ]
            for loser in losers:
                entries.append((self.tr("Nilai lain"), loser.value, loser.author, loser.at))
            for kind, value, author, at in entries:
                who = self.tr("%1 oleh %2, %3").replace("%1", html.escape(kind))
                who = who.replace("%2", html.escape(names.get(author, author)))
                who = who.replace("%3", _moment(at))
                text = QLabel(
                    f"<i>{who}</i><br>{html.escape(self._field_value(name, value))}",
                    self.conflict_rows,
                )
                text.setWordWrap(True)
                text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                text.setObjectName(f"conflict-{name}")
                grid.addWidget(text, row, 0)
                if can_write and (name, value) not in self.conflict_buttons:
                    button = QPushButton(self.tr("Pakai nilai ini"), self.conflict_rows)
                    button.setObjectName(f"resolve-{name}")
                    button.clicked.connect(
                        lambda _checked=False, name=name, value=value: (
                            self.resolveConflictRequested.emit(name, value)
                        )
                    )
                    grid.addWidget(button, row, 1, Qt.AlignmentFlag.AlignTop)
                    self.conflict_buttons[(name, value)] = button
                row += 1
        for child in (self.conflict_rows, *self.conflict_rows.findChildren(QWidget)):
            child.show()  # widgets made after the box was first shown start hidden

    def _field_name(self, name: str) -> str:
        names = {
            "perihal": self.tr("Perihal"),
            "isi": self.tr("Isi"),
            "bidang": self.tr("Bidang"),
            "lapor_tracking": self.tr("Nomor LAPOR!"),
            "channel": self.tr("Saluran"),
        }
        return names.get(name, name)

    def _field_value(self, name: str, value: str) -> str:
        if not value:
            return self.tr("(kosong)")
        return channel_label(value) if name == "channel" else value

    def _missing_attachments(self, state: CaseState) -> set[str]:
        """The attachments of ``state`` whose file is not on this PC yet."""
        waiting = {m.sha256 for m in missing_blobs(self.desk) if m.case_id == state.case_id}
        return waiting | {a.sha256 for a in state.attachments if not self.desk.blobs.has(a.sha256)}

    def _show_attachments(self, detail: CaseDetail) -> None:
        self.attachments.clear()
        missing = self._missing_attachments(detail.state) if detail.state.attachments else set()
        for attachment in detail.state.attachments:
            text = f"{attachment.filename} ({size_text(attachment.size)})"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, attachment.sha256)
            item.setToolTip(_moment(attachment.at))
            if attachment.sha256 in missing:
                note = self.tr(
                    "(belum tiba dari PC lain — akan diambil pada sinkronisasi berikutnya)"
                )
                item.setText(f"{text}\n{note}")
                item.setToolTip(note)
                item.setForeground(IGNORED_INK)
                item.setData(MISSING_ROLE, True)
            self.attachments.addItem(item)
        none = not detail.state.attachments
        self.attachments_label.setHidden(none)
        self.attachments.setHidden(none)

    def _action_label(self, action: Action) -> str:
        step = self.detail.current_step if self.detail is not None else None
        labels = {
            "complete": self.tr("Selesaikan langkah %1").replace(
                "%1", step.number if step is not None else ""
            ),
            "dispose": self.tr("Catat disposisi"),
            "pause": self.tr("Jeda (menunggu pelapor)"),
            "resume": self.tr("Lanjutkan"),
            "close": self.tr("Tutup pengaduan"),
            "reopen": self.tr("Buka kembali"),
            "note": self.tr("Tambah catatan"),
            "attach": self.tr("Tambah lampiran"),
            EDIT_ACTION: self.tr("Ubah data"),
        }
        return labels.get(action.key, action.label)

    def _set_buttons(self, actions: tuple[Action, ...]) -> None:
        for button in self.buttons.values():
            self.button_grid.removeWidget(button)
            button.deleteLater()
        self.buttons = {}
        self.shown_actions = actions
        for n, action in enumerate(actions):
            key = action.key
            button = QPushButton(self._action_label(action), self.widget())
            button.setObjectName(f"action-{key}")
            button.clicked.connect(lambda _checked=False, key=key: self.actionRequested.emit(key))
            self.button_grid.addWidget(button, n // BUTTONS_PER_ROW, n % BUTTONS_PER_ROW)
            self.buttons[key] = button

    def _document_label(self, kind: str, label: str) -> str:
        labels = {
            "tanda-terima": self.tr("Tanda Terima Pengaduan"),
            "disposisi": self.tr("Lembar Disposisi"),
            "surat": self.tr("Surat Dinas"),
            "tembusan": self.tr("Salinan Tembusan"),
            "arsip": self.tr("Lembar Arsip"),
        }
        return labels.get(kind, label)

    def _set_document_buttons(self, offered: list[tuple[str, str]]) -> None:
        for button in self.document_buttons.values():
            self.documents_row.removeWidget(button)
            button.deleteLater()
        self.document_buttons = {}
        for n, (kind, label) in enumerate(offered):
            button = QPushButton(self._document_label(kind, label), self.widget())
            button.setObjectName(f"document-{kind}")
            button.clicked.connect(
                lambda _checked=False, kind=kind: self.actionRequested.emit(DOCUMENT_ACTION + kind)
            )
            self.documents_row.insertWidget(1 + n, button)
            self.document_buttons[kind] = button
        self.documents_label.setVisible(bool(offered))

    def _open_attachment(self, item: QListWidgetItem) -> None:
        sha = str(item.data(Qt.ItemDataRole.UserRole))
        if not self.desk.blobs.has(sha):
            self._tell(
                self.tr(
                    "Berkas ini belum tiba dari PC lain — akan diambil pada sinkronisasi "
                    "berikutnya."
                )
            )
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.desk.blobs.path_of(sha))))

    def _tell(self, text: str) -> None:
        """A message box that does not block the event loop (kept in ``notice``)."""
        if self.notice is not None:
            self.notice.close()
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Lampiran"), text, parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: self._forget(box))
        self.notice = box
        box.open()

    def _forget(self, box: QMessageBox) -> None:
        if self.notice is box:
            self.notice = None


def _party(party: Party | None) -> str:
    if party is None:
        return ""
    return ", ".join(part for part in (party.nama, party.alamat, party.kontak) if part)
