"""Documents as a clerk uses them: preview, print, save, batch print, the letter editor."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from desktop.documents.catalog import RenderedDocument
from desktop.models.accounts import User, UserForm
from desktop.models.desk import Change, Desk
from desktop.models.letters import UNFILLED
from desktop.models.office import OfficeProfile
from desktop.models.problems import NotAllowedError
from desktop.models.registration import ComplaintForm, PartyForm
from desktop.models.sop_loader import bundled_template_files
from desktop.models.vocabulary import Role
from desktop.views.batch_print import BatchPrintDialog
from desktop.views.case_detail import CaseDetailPanel
from desktop.views.document_actions import DocumentActions
from desktop.views.letter_editor import LetterEditor
from desktop.views.main_window import MainWindow
from desktop.views.pdf_preview import PdfPreview
from desktop.views.printing import LoadedPdf, pdf_printer

NOW = datetime(2026, 3, 17, 10, 0)
RENDER_TIMEOUT = 20_000


@pytest.fixture
def jambi(data_dir: Path) -> Iterator[tuple[Desk, User]]:
    """A desk on the Jambi provincial SOP (its steps offer letters and tembusan)."""
    entry = next(e for e in bundled_template_files() if e.name == "jambi-provinsi.yaml")
    desk = Desk(data_dir, now=lambda: NOW)
    admin = desk.setup(
        office=OfficeProfile("Pemerintah Provinsi Jambi", "Dinas Kesehatan", kota="Jambi"),
        device_code="TU1",
        admin=UserForm("Siti Aminah", Role.ADMIN, pin="123456", nip="198001012005012001"),
        sop_text=entry.read_text(encoding="utf-8"),
    )
    yield desk, admin
    desk.close()


def register(desk: Desk, user: User, n: int = 1, *, hours_ago: float = 1) -> str:
    change = desk.register_complaint(
        user,
        ComplaintForm(
            channel="whatsapp",
            received_at=NOW - timedelta(hours=hours_ago),
            pelapor=PartyForm(nama=f"Pelapor {n}", kontak="081234567890"),
            perihal=f"Antrean puskesmas terlalu lama ({n})",
            isi="Menunggu tiga jam tanpa kepastian. Mohon ditindaklanjuti.",
            bidang="Yankes",
        ),
    )
    return change.case_ids[0]


def advance_to(desk: Desk, user: User, case_id: str, step_id: str) -> None:
    while (state := desk.case_detail(case_id, user).state).current_step_id != step_id:
        desk.complete_step(user, case_id, step_id=state.current_step_id)


def pdf_pages(path: Path) -> int:
    return len(pypdf.PdfReader(path).pages)


def ink(pdf: bytes, page: int = 0) -> int:
    """How many dark pixels a page shows when drawn (0 means a blank page)."""
    loaded = LoadedPdf(pdf)
    image = loaded.document.render(page, QSize(200, 280))
    loaded.close()
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if QColor(image.pixel(x, y)).alpha() > 0 and QColor(image.pixel(x, y)).lightness() < 128
    )


def open_preview(
    qtbot: QtBot, actions: DocumentActions, kind: str, case_id: str, **options: object
) -> PdfPreview:
    """Open document ``kind`` of a case through the controller and wait until it shows."""
    detail = actions.desk.case_detail(case_id, actions.user)
    with qtbot.waitSignal(actions.previewOpened) as opened:
        if options:
            actions.preview(kind, detail, **options)
        else:
            actions.open(kind, detail)
    preview = opened.args[0]
    assert isinstance(preview, PdfPreview)
    qtbot.addWidget(preview)
    if preview.document is None:
        with qtbot.waitSignal(preview.documentShown, timeout=RENDER_TIMEOUT):
            pass
    return preview


# -- preview ----------------------------------------------------------------------------------


def test_case_window_opens_the_disposition_sheet_in_a_preview(
    qtbot: QtBot, case_window: MainWindow, desk_admin: tuple[Desk, User]
) -> None:
    desk, admin = desk_admin
    case_id = register(desk, admin)
    nomor = desk.case_detail(case_id, admin).state.nomor_agenda
    page = case_window.case_page
    assert page is not None
    page.apply_change(Change(case_ids=(case_id,), nomor_agenda=nomor))
    assert page.detail is not None and page.detail.state.case_id == case_id
    button = page.detail_panel.document_buttons["disposisi"]
    assert button.text() == "Lembar Disposisi"
    with qtbot.waitSignal(case_window.case_actions.documents.previewOpened) as opened:
        button.click()
    preview = opened.args[0]
    assert isinstance(preview, PdfPreview)
    qtbot.addWidget(preview)
    assert preview.busy_bar.isVisible() or preview.document is not None
    with qtbot.waitSignal(preview.documentShown, timeout=RENDER_TIMEOUT):
        pass
    assert preview.pdf is not None and preview.pdf.document.pageCount() >= 1
    assert nomor in preview.windowTitle()
    assert preview.windowTitle().startswith("Lembar Disposisi")
    count = preview.page_count()
    assert preview.page_label.text() == f"Halaman 1 dari {count}"
    assert preview.print_button.isEnabled() and preview.save_button.isEnabled()


def test_zoom_buttons_change_the_zoom_and_fit_width_returns(
    qtbot: QtBot, jambi: tuple[Desk, User]
) -> None:
    desk, admin = jambi
    case_id = register(desk, admin)
    parent = CaseDetailPanel(desk)
    qtbot.addWidget(parent)
    actions = DocumentActions(desk, admin, parent)
    preview = open_preview(qtbot, actions, "disposisi", case_id)
    preview.zoom_by(1.25)
    first = preview.view.zoomFactor()
    preview.zoom_in_action.trigger()
    assert preview.view.zoomFactor() > first
    assert preview.zoom_label.text().endswith("%")
    preview.fit_width_action.trigger()
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert preview.zoom_label.text() == ""
    preview.fit_page_action.trigger()
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitInView


def test_a_refused_document_is_explained_in_the_window(qtbot: QtBot) -> None:
    preview = PdfPreview()
    qtbot.addWidget(preview)

    def refuse() -> RenderedDocument:
        raise NotAllowedError("Pengaduan tidak ditemukan.")

    with qtbot.waitSignal(preview.failed, timeout=RENDER_TIMEOUT) as failed:
        preview.load(refuse, "Lembar Disposisi")
    assert failed.args == ["Pengaduan tidak ditemukan."]
    assert "Pengaduan tidak ditemukan." in preview.error_label.text()
    assert not preview.print_button.isEnabled()


def test_a_renderer_bug_is_a_message_not_a_crash(qtbot: QtBot) -> None:
    preview = PdfPreview()
    qtbot.addWidget(preview)

    def broken() -> RenderedDocument:
        raise RuntimeError("font hilang")

    with qtbot.waitSignal(preview.failed, timeout=RENDER_TIMEOUT):
        preview.load(broken)
    assert "Dokumen tidak dapat dibuat (font hilang)" in preview.error_label.text()


# -- print and save ---------------------------------------------------------------------------


def test_printing_through_a_qprinter_gives_the_same_pages_with_ink(
    qtbot: QtBot, jambi: tuple[Desk, User], tmp_path: Path
) -> None:
    desk, admin = jambi
    case_id = register(desk, admin)
    parent = CaseDetailPanel(desk)
    qtbot.addWidget(parent)
    actions = DocumentActions(desk, admin, parent)
    preview = open_preview(qtbot, actions, "disposisi", case_id)
    out = tmp_path / "cetak.pdf"
    with qtbot.waitSignal(preview.printed) as printed:
        sheets = preview.print_to(pdf_printer(out))
    assert sheets == printed.args[0] == preview.page_count()
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) == preview.page_count()
    assert reader.pages[0].get_contents() is not None
    assert ink(out.read_bytes()) > 50


def test_save_as_pdf_writes_the_same_bytes_under_the_suggested_name(
    qtbot: QtBot, jambi: tuple[Desk, User], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk, admin = jambi
    case_id = register(desk, admin)
    parent = CaseDetailPanel(desk)
    qtbot.addWidget(parent)
    preview = open_preview(qtbot, DocumentActions(desk, admin, parent), "disposisi", case_id)
    assert preview.document is not None
    suggested: list[str] = []

    def choose(_parent: object, _title: str, name: str, _filter: str) -> tuple[str, str]:
        suggested.append(name)
        return str(tmp_path / "disposisi"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    with qtbot.waitSignal(preview.saved) as saved:
        preview.save_button.click()
    assert Path(suggested[0]).name == preview.document.filename
    assert saved.args == [str(tmp_path / "disposisi.pdf")]
    assert (tmp_path / "disposisi.pdf").read_bytes() == preview.document.pdf


def test_saving_into_a_missing_folder_says_so_and_keeps_the_window(
    qtbot: QtBot, tmp_path: Path
) -> None:
    preview = PdfPreview()
    qtbot.addWidget(preview)
    pdf = ink_pdf()
    preview.show_document(RenderedDocument("Contoh", "contoh.pdf", pdf))
    target = tmp_path / "tidak-ada" / "contoh.pdf"
    assert not preview.save_to(target)
    assert preview.message_box is not None
    assert "tidak dapat disimpan" in preview.message_box.text()
    assert "Pilih folder lain" in preview.message_box.text()
    assert not target.exists()
    assert preview.document is not None and preview.print_button.isEnabled()


def ink_pdf() -> bytes:
    from desktop.documents.sop_document import render_sop_pdf
    from desktop.models.sop_loader import load_bundled

    return render_sop_pdf(load_bundled()[0])


# -- batch print ------------------------------------------------------------------------------


def test_batch_prints_todays_sheets_with_progress(
    qtbot: QtBot, jambi: tuple[Desk, User], tmp_path: Path
) -> None:
    desk, admin = jambi
    register(desk, admin, 0, hours_ago=30)  # yesterday: not in today's batch
    today = [register(desk, admin, n, hours_ago=5 - n) for n in range(1, 6)]
    dialog = BatchPrintDialog(desk, admin)
    qtbot.addWidget(dialog)
    assert dialog.case_ids == today
    assert "5" in dialog.intro.text()
    seen: list[tuple[int, int]] = []
    dialog.batchProgress.connect(lambda done, total: seen.append((done, total)))
    out = tmp_path / "hari-ini.pdf"
    with qtbot.waitSignal(dialog.batchFinished, timeout=60_000) as finished:
        dialog.start(pdf_printer(out))
        assert dialog.cancel_button.text() == "&Batal"
    assert finished.args == [5]
    assert seen[0] == (0, 5) and seen[-1] == (5, 5)
    assert dialog.bar.format() == "5 dari 5"
    assert "Selesai: 5" in dialog.status.text()
    assert dialog.cancel_button.text() == "&Tutup"
    assert pdf_pages(out) == 5
    assert ink(out.read_bytes(), 4) > 50


def test_cancelling_a_batch_stops_after_the_current_sheet(
    qtbot: QtBot, jambi: tuple[Desk, User], tmp_path: Path
) -> None:
    desk, admin = jambi
    for n in range(1, 6):
        register(desk, admin, n, hours_ago=5 - n)
    dialog = BatchPrintDialog(desk, admin)
    qtbot.addWidget(dialog)
    dialog.batchProgress.connect(
        lambda done, _total: dialog.cancel_button.click() if done == 1 else None
    )
    out = tmp_path / "batal.pdf"
    with qtbot.waitSignal(dialog.batchFinished, timeout=60_000) as finished:
        dialog.start(pdf_printer(out))
    printed = finished.args[0]
    assert 1 <= printed < 5
    assert pdf_pages(out) == printed
    assert "Dihentikan" in dialog.status.text()


def test_batch_without_todays_cases_offers_nothing_to_print(
    qtbot: QtBot, jambi: tuple[Desk, User]
) -> None:
    desk, admin = jambi
    register(desk, admin, hours_ago=30)
    dialog = BatchPrintDialog(desk, admin)
    qtbot.addWidget(dialog)
    assert dialog.case_ids == []
    assert "Belum ada pengaduan" in dialog.intro.text()
    assert not dialog.print_button.isEnabled() and not dialog.pdf_button.isEnabled()


def test_main_window_offers_the_batch_in_the_file_menu(
    qtbot: QtBot, case_window: MainWindow
) -> None:
    action = case_window.batch_print_action
    assert action.isVisible() and action in case_window.file_menu.actions()
    dialog = case_window.print_todays_dispositions()
    assert isinstance(dialog, BatchPrintDialog)
    assert dialog.isVisible()
    dialog.close()


# -- document buttons follow the SOP ----------------------------------------------------------


def document_labels(panel: CaseDetailPanel) -> list[str]:
    row = panel.documents_row
    return [
        widget.text()
        for n in range(row.count())
        if isinstance(widget := row.itemAt(n).widget(), QPushButton)
    ]


def test_document_buttons_follow_the_sop_step(qtbot: QtBot, jambi: tuple[Desk, User]) -> None:
    desk, admin = jambi
    case_id = register(desk, admin)
    panel = CaseDetailPanel(desk)
    qtbot.addWidget(panel)
    panel.show_case(desk.case_detail(case_id, admin), admin)
    assert document_labels(panel) == ["Tanda Terima Pengaduan", "Lembar Disposisi"]
    advance_to(desk, admin, case_id, "s7")
    panel.show_case(desk.case_detail(case_id, admin), admin)
    assert document_labels(panel) == [
        "Tanda Terima Pengaduan",
        "Lembar Disposisi",
        "Surat Dinas",
        "Salinan Tembusan",
    ]
    asked: list[str] = []
    panel.actionRequested.connect(asked.append)
    panel.document_buttons["tembusan"].click()
    assert asked == ["dokumen:tembusan"]
    panel.show_case(None, None)
    assert document_labels(panel) == []


# -- letters ----------------------------------------------------------------------------------


@pytest.fixture
def jambi_letters(jambi: tuple[Desk, User]) -> tuple[Desk, User, str]:
    """The Jambi desk with a head of office to sign, and a case at the letter step (s7)."""
    desk, admin = jambi
    desk.save_user(
        admin,
        UserForm(
            "dr. Feryandi",
            Role.PIMPINAN,
            pin="654321",
            nip="197001011998031001",
            jabatan="Kepala Dinas Kesehatan Provinsi Jambi",
            pangkat="Pembina Utama Muda",
        ),
    )
    case_id = register(desk, admin)
    advance_to(desk, admin, case_id, "s7")
    return desk, admin, case_id


def open_editor(qtbot: QtBot, desk: Desk, admin: User, case_id: str) -> LetterEditor:
    parent = CaseDetailPanel(desk)
    qtbot.addWidget(parent)
    actions = DocumentActions(desk, admin, parent)
    with qtbot.waitSignal(actions.editorOpened) as opened:
        actions.open("surat", desk.case_detail(case_id, admin))
    editor = opened.args[0]
    assert isinstance(editor, LetterEditor)
    qtbot.addWidget(editor)
    return editor


def test_letter_editor_saves_versions_and_the_timeline_shows_them(
    qtbot: QtBot, jambi_letters: tuple[Desk, User, str]
) -> None:
    desk, admin, case_id = jambi_letters
    editor = open_editor(qtbot, desk, admin, case_id)
    assert editor.kind.currentData() == "balasan"
    assert editor.kind.isEnabled()
    assert editor.hal.text() and editor.body.toPlainText()
    assert editor.penandatangan.currentText().startswith("Kepala Dinas Kesehatan")
    assert editor.versions.item(0).text() == "Belum disimpan"
    assert not editor.sent_button.isEnabled()
    editor.body.setPlainText(editor.body.toPlainText() + "\n\nTerima kasih atas laporan Saudara.")
    editor.tembusan.add("Inspektur Provinsi Jambi")
    with qtbot.waitSignal(editor.changed) as saved:
        editor.save_button.click()
    change = saved.args[0]
    assert change.nomor_surat and change.nomor_surat in editor.windowTitle()
    assert editor.versions.item(0).text() == "Versi 1 — 17 Maret 2026 10.00"
    assert not editor.kind.isEnabled()
    editor.hal.setText("Tanggapan atas pengaduan antrean")
    editor.hal.textEdited.emit(editor.hal.text())
    editor.save_button.click()
    assert [editor.versions.item(n).text() for n in range(editor.versions.count())] == [
        "Versi 2 — 17 Maret 2026 10.00",
        "Versi 1 — 17 Maret 2026 10.00",
    ]
    letter = desk.letter(case_id, change.letter_id)
    assert letter.latest.hal == "Tanggapan atas pengaduan antrean"
    assert letter.latest.tembusan[-1] == "Inspektur Provinsi Jambi"
    assert "Terima kasih atas laporan Saudara." in letter.latest.body
    summaries = [entry.summary for entry in desk.case_detail(case_id, admin).timeline]
    assert any(change.nomor_surat in s and "versi 2" in s for s in summaries)


def test_letter_editor_shows_problems_at_their_fields(
    qtbot: QtBot, jambi_letters: tuple[Desk, User, str]
) -> None:
    desk, admin, case_id = jambi_letters
    editor = open_editor(qtbot, desk, admin, case_id)
    editor.hal.clear()
    editor.kepada.clear()
    editor.save_button.click()
    assert editor.problem("hal") == "Isi hal (perihal) surat."
    assert "Yth." in editor.problem("kepada")
    assert editor.letter is None and desk.letters(case_id) == []


def test_a_sent_letter_opens_read_only(
    qtbot: QtBot, jambi_letters: tuple[Desk, User, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    desk, admin, case_id = jambi_letters
    editor = open_editor(qtbot, desk, admin, case_id)
    editor.save_draft()
    assert editor.letter is not None
    assert editor.gaps.isVisible() and "[[" in editor.gaps.text()
    editor.mark_sent(NOW.date())
    assert "belum diisi" in editor.problem("body")
    assert not desk.letter(case_id, editor.letter.letter_id).sent
    editor.hal.setText(UNFILLED.sub("antrean", editor.hal.text()))
    for edit in (editor.kepada, editor.body):
        edit.setPlainText(UNFILLED.sub("telah ditindaklanjuti", edit.toPlainText()))
    editor.save_draft()
    assert not editor.gaps.isVisible()
    editor.ask_sent()
    assert editor.sent_dialog is not None
    editor.sent_dialog.accept()
    letter = desk.letter(case_id, editor.letter.letter_id)
    assert letter.sent and letter.sent_on == NOW.date()
    assert editor.body.isReadOnly() and not editor.save_button.isEnabled()
    assert "terkirim 17 Maret 2026" in editor.heading.text()
    editor.close()
    monkeypatch.setattr(DocumentActions, "ask_choice", lambda *_args: 0)
    again = open_editor(qtbot, desk, admin, case_id)
    assert again.letter is not None and again.letter.sent
    assert again.hal.isReadOnly() and not again.sent_button.isEnabled()
    assert again.versions.item(0).text().endswith("(terkirim)")


def test_letter_preview_and_tembusan_copies(
    qtbot: QtBot, jambi_letters: tuple[Desk, User, str]
) -> None:
    desk, admin, case_id = jambi_letters
    editor = open_editor(qtbot, desk, admin, case_id)
    editor.tembusan.set_lines(("Inspektur Provinsi Jambi", "Arsip"))
    editor.save_draft()
    assert editor.letter is not None
    nomor = editor.letter.nomor
    with qtbot.waitSignal(editor.documents.previewOpened) as opened:
        editor.preview_button.click()
    preview = opened.args[0]
    qtbot.addWidget(preview)
    with qtbot.waitSignal(preview.documentShown, timeout=RENDER_TIMEOUT):
        pass
    assert nomor in preview.windowTitle()
    actions = DocumentActions(desk, admin, editor)
    copies = open_preview(qtbot, actions, "tembusan", case_id)
    assert nomor in copies.windowTitle()
    assert copies.page_count() >= 2
