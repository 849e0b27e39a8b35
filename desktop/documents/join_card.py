"""Kartu Bergabung: the office's join code on paper, for the admin who sets up the next PC.

The code carries the office key, so the card says it is secret. It is printed in large
monospace groups of four (easy to type without mixing up letters), as a QR code, and as text
that :func:`read_join_code_from_pdf` reads back from the PDF file itself, so an admin can also
carry the card as a file on a flash disk instead of typing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from desktop.documents.catalog import RenderedDocument
from desktop.documents.paper import A4, FORM_MARGINS
from desktop.documents.renderer import DocumentRenderer
from desktop.sync.office_key import JoinCodeError, OfficeKey

if TYPE_CHECKING:
    from desktop.models.desk import Desk

MONO = "LiberationMono-Bold"
GROUPS_PER_LINE = 6
SECRET = "RAHASIA — simpan di tempat aman"
_CODE_PATTERN = re.compile(r"MP1(?:[\s\-]+[A-Z2-7]{1,4}(?![A-Z0-9]))+")


@cache
def _register_mono() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    path = files("resources") / "fonts" / "LiberationMono-Bold.ttf"
    pdfmetrics.registerFont(TTFont(MONO, str(path)))


@dataclass(frozen=True, slots=True)
class JoinCard:
    """What the card shows: the office, its join code and where its shared folder is."""

    office_name: str
    government: str
    join_code: str
    share_path: str


def code_lines(code: str) -> list[str]:
    """The code's groups, :data:`GROUPS_PER_LINE` to a line, separated by two spaces."""
    groups = code.split("-")
    return [
        "  ".join(groups[i : i + GROUPS_PER_LINE]) for i in range(0, len(groups), GROUPS_PER_LINE)
    ]


class JoinCardRenderer(DocumentRenderer):
    paper = A4
    margins = FORM_MARGINS
    subject = "Kartu Bergabung"
    qr_size = 58 * mm

    def __init__(self, card: JoinCard) -> None:
        super().__init__()
        self.card = card

    def _title(self) -> str:
        return f"Kartu Bergabung — {self.card.office_name}"

    def _get_story(self, styles: StyleSheet1) -> list[Flowable]:
        _register_mono()
        card = self.card
        secret = ParagraphStyle(
            "secret",
            parent=styles["title"],
            fontSize=12,
            leading=15,
            textColor=colors.HexColor("#a01818"),
        )
        heading = ParagraphStyle("heading", parent=styles["title"], fontSize=18, leading=23)
        office = ParagraphStyle("office", parent=styles["title"], fontSize=12, leading=15)
        body = ParagraphStyle("card_body", parent=styles["body"], fontSize=10.5, leading=14)
        label = ParagraphStyle("card_label", parent=body, fontName=styles["label"].fontName)
        path_style = ParagraphStyle("share", parent=body, fontName=MONO, fontSize=12, leading=16)
        code_style = ParagraphStyle(
            "code", fontName=MONO, fontSize=19, leading=27, alignment=TA_CENTER
        )
        code_rows = [
            Paragraph(line.replace(" ", "&nbsp;"), code_style)
            for line in code_lines(card.join_code)
        ]
        code_box = Table([[row] for row in code_rows], colWidths=[self.frame_width])
        code_box.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), MONO),
                    ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
                    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f4f4f4")),
                    ("TOPPADDING", (0, 0), (-1, 0), 8),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), 10),
                ]
            )
        )
        steps = [
            "Di PC baru, buka Meja Pengaduan. Pada penyiapan awal pilih <b>PC ini bergabung ke "
            "kantor yang sudah ada</b>; di PC yang sudah dipakai pilih menu <b>Sinkronisasi → "
            "Gabung ke kantor…</b>.",
            "Ketik kode di atas (huruf besar/kecil dan tanda hubung tidak berpengaruh), pindai "
            "kode QR, atau muat berkas PDF kartu ini.",
            "Isi folder bersama seperti tertulis di atas, lalu beri PC itu kode sendiri "
            "(misalnya TU2) yang belum dipakai PC lain.",
            "Setelah sinkronisasi pertama, pengguna, SOP dan pengaduan kantor muncul di PC baru; "
            "masuk dengan nama dan PIN yang sama.",
        ]
        instructions = [
            Paragraph(f"{number}. {text}", body) for number, text in enumerate(steps, start=1)
        ]
        return [
            Paragraph(SECRET, secret),
            Spacer(1, 4 * mm),
            Paragraph("KARTU BERGABUNG", heading),
            Paragraph(_escape(card.government), office),
            Paragraph(_escape(card.office_name), office),
            Spacer(1, 7 * mm),
            Paragraph("Kode bergabung", label),
            Spacer(1, 2 * mm),
            code_box,
            Spacer(1, 6 * mm),
            Paragraph("Folder bersama", label),
            Paragraph(_escape(card.share_path) or "—", path_style),
            Spacer(1, 6 * mm),
            QrCode(card.join_code, self.qr_size),
            Spacer(1, 5 * mm),
            Paragraph("Cara menggabungkan PC lain", label),
            *instructions,
            Spacer(1, 6 * mm),
            Paragraph(
                "Kode ini membuka data pengaduan kantor (UU 27/2022 tentang Pelindungan Data "
                "Pribadi). Jangan difoto, dikirim lewat pesan, atau ditinggal di meja; simpan "
                "di lemari terkunci dan musnahkan salinan yang tidak diperlukan.",
                body,
            ),
            Spacer(1, 4 * mm),
            Paragraph(SECRET, secret),
        ]


class QrCode(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
    """The code as a QR code, drawn module by module (a graphics Drawing would name Helvetica,
    a font the PDF does not embed)."""

    QUIET_ZONE = 4

    def __init__(self, text: str, size: float) -> None:
        super().__init__()
        from reportlab.graphics.barcode import qrencoder

        self.qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        self.qr.addData(text)
        self.qr.make()
        self.size = size
        self.hAlign = "CENTER"

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        count = self.qr.getModuleCount()
        module = self.size / (count + 2 * self.QUIET_ZONE)
        canvas = self.canv
        canvas.setFillColor(colors.black)
        for row in range(count):
            for column in range(count):
                if self.qr.isDark(row, column):
                    canvas.rect(
                        (column + self.QUIET_ZONE) * module,
                        self.size - (row + 1 + self.QUIET_ZONE) * module,
                        module,
                        module,
                        stroke=0,
                        fill=1,
                    )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_join_card(card: JoinCard) -> RenderedDocument:
    """The card as a PDF, with a file name for "Simpan sebagai PDF"."""
    return RenderedDocument(
        title=f"Kartu Bergabung — {card.office_name}",
        filename="kartu-bergabung.pdf",
        pdf=JoinCardRenderer(card).render(),
    )


def join_code_in_text(text: str) -> str:
    """The first readable join code in ``text`` (as printed on the card), canonical form.

    Raises:
        JoinCodeError: no code, or one that does not check out (message in Indonesian).
    """
    candidates = _CODE_PATTERN.findall(text.upper())
    problem: JoinCodeError | None = None
    for candidate in candidates:
        try:
            return OfficeKey.from_join_code(candidate).join_code()
        except JoinCodeError as error:
            problem = error
    if problem is not None:
        raise problem
    raise JoinCodeError(
        "Tidak ada kode bergabung di berkas ini. Pilih berkas PDF kartu bergabung yang dicetak "
        "dari Meja Pengaduan, atau ketik kodenya."
    )


def read_join_code_from_pdf(path: Path) -> str:
    """Read the join code back from a kartu bergabung PDF.

    Raises:
        JoinCodeError: the file is not a readable PDF or holds no valid code.
    """
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(path)
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
    except (OSError, PyPdfError, ValueError) as error:
        raise JoinCodeError(
            f"Berkas '{path.name}' tidak dapat dibaca sebagai PDF ({error}). Pilih berkas kartu "
            "bergabung yang lain, atau ketik kodenya."
        ) from error
    return join_code_in_text(text)


def card_for(desk: Desk) -> RenderedDocument:
    """The kartu bergabung of the office ``desk``'s PC belongs to.

    Raises:
        NotAllowedError: the PC has not joined or created an office yet.
    """
    from desktop.sync.status import join_code_of, sync_status

    profile = desk.office_profile()
    code = join_code_of(desk)
    share = sync_status(desk, read_share=False).share_path
    return render_join_card(JoinCard(profile.nama_dinas, profile.pemerintah, code, share))
