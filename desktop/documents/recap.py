"""Rekap pengaduan bulanan: counts by saluran, bidang, status and hasil, the on-time rate per
pelaksana, and bar charts of both; A4 portrait.

What each count covers is defined in :mod:`desktop.documents.reports` (cases received in the
month; hasil: cases closed in the month; on time: steps completed in the month) and printed
under the title, so a reader of the paper knows too.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.colors import Color, white
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop import fonts
from desktop.documents.data import RecapData
from desktop.documents.dates import bulan_tahun, tanggal
from desktop.documents.kop import FULL, Kop
from desktop.documents.numbered_canvas import NumberedCanvas
from desktop.documents.paper import A4, REPORT_MARGINS, Margins, Paper
from desktop.documents.register import GRID, HEADER_SHADE, ZEBRA_SHADE
from desktop.documents.renderer import DocumentRenderer
from desktop.documents.reports import month_bounds

BAR_COLOUR = Color(0.22, 0.42, 0.66)
ON_TIME_COLOUR = Color(0.25, 0.58, 0.38)


def percent(on_time: int, total: int) -> str:
    """``87,5%`` (Indonesian decimal comma); ``-`` when nothing was counted."""
    if not total:
        return "-"
    return f"{100 * on_time / total:.1f}%".replace(".", ",")


class RecapRenderer(DocumentRenderer):
    """Renders a :class:`RecapData` to PDF bytes.

    Hooks: ``_get_stylesheet``, ``_get_story``, ``_heading``, ``_count_table``,
    ``_on_time_table``, ``_bar_chart``, ``_on_page``.
    """

    title = "REKAP PENGADUAN BULAN"
    margins: Margins = REPORT_MARGINS
    numbered = True
    subject = "Rekap pengaduan bulanan"
    table_width_share = 0.62
    chart_bar_height = 11.0
    table_font_size = 8.5
    table_leading = 10.5
    cell_padding = 6.0  # ReportLab's default, named so long names can be measured against it
    chart_label_size = 7.5
    chart_label_share = 0.4
    """At most this share of the width goes to the bar labels; longer labels wrap."""

    def __init__(self, data: RecapData, paper: Paper = A4) -> None:
        super().__init__(paper=paper)
        self.data = data

    @property
    def month_name(self) -> str:
        return bulan_tahun(self.data.year, self.data.month)

    def _title(self) -> str:
        return f"Rekap Pengaduan {self.month_name}"

    def _author(self) -> str:
        return self.data.kop.nama_dinas

    def _on_first_page(self, canvas: Any, document: Any) -> None:
        self._on_page(canvas, document)

    def _on_later_pages(self, canvas: Any, document: Any) -> None:
        self._on_page(canvas, document)

    # -- hooks ------------------------------------------------------------------------------

    def _get_story(self, styles: StyleSheet1) -> list[Flowable]:
        data = self.data
        story = self._heading()
        story += self._section(
            "A. Menurut saluran",
            self._count_table("Saluran", data.by_channel),
            self._bar_chart(
                {name: count for name, count in data.by_channel.items() if count},
                "Jumlah pengaduan per saluran",
                BAR_COLOUR,
            ),
        )
        story += self._section("B. Menurut bidang", self._count_table("Bidang", data.by_bidang))
        story += self._section(
            "C. Menurut status saat ini", self._count_table("Status", data.by_status)
        )
        story += self._section(
            "D. Hasil penanganan (pengaduan yang ditutup pada bulan ini)",
            self._count_table("Hasil", data.by_outcome),
        )
        rates = {
            name: 100 * on_time / total for name, (on_time, total) in data.on_time.items() if total
        }
        story += self._section(
            "E. Ketepatan waktu per pelaksana (langkah yang diselesaikan pada bulan ini)",
            self._on_time_table(),
            self._bar_chart(rates, "Persentase langkah tepat waktu", ON_TIME_COLOUR, 100.0)
            if rates
            else None,
        )
        return story

    def _heading(self) -> list[Flowable]:
        styles = self._get_stylesheet()
        start, following = month_bounds(self.data.year, self.data.month)
        last = following.date() - timedelta(days=1)
        story: list[Flowable] = [Kop(self.data.kop, FULL)]
        story.append(
            Paragraph(f"{escape(self.title)} {escape(self.month_name.upper())}", styles["title"])
        )
        story.append(Spacer(0, 2 * mm))
        total = sum(self.data.by_channel.values())
        story.append(
            Paragraph(
                f"Bagian A–C menghitung pengaduan yang <b>diterima</b> {tanggal(start)} s.d. "
                f"{tanggal(last)} ({total} pengaduan). Bagian D menghitung pengaduan yang "
                "<b>ditutup</b> pada bulan ini, kapan pun diterima. Bagian E menghitung langkah "
                "SOP yang <b>diselesaikan</b> pada bulan ini; tepat waktu bila selesai paling "
                "lambat pada batas waktunya (langkah tanpa standar waktu tidak dihitung).",
                styles["small"],
            )
        )
        story.append(Spacer(0, 3 * mm))
        return story

    def _section(self, heading: str, table: Flowable, chart: Flowable | None = None) -> list[Any]:
        styles = self._get_stylesheet()
        parts: list[Flowable] = [Paragraph(escape(heading), styles["label"]), Spacer(0, 1 * mm)]
        parts.append(table)
        if chart is not None:
            parts += [Spacer(0, 2 * mm), chart]
        return [KeepTogether(parts), Spacer(0, 4 * mm)]

    def _table_style(self, rows: int) -> TableStyle:
        return TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                ("FONTNAME", (0, 0), (-1, 0), fonts.BOLD),
                ("FONTNAME", (0, rows - 1), (-1, rows - 1), fonts.BOLD),
                ("FONTSIZE", (0, 0), (-1, -1), self.table_font_size),
                ("LEADING", (0, 0), (-1, -1), self.table_leading),
                ("LEFTPADDING", (0, 0), (-1, -1), self.cell_padding),
                ("RIGHTPADDING", (0, 0), (-1, -1), self.cell_padding),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_SHADE),
                ("ROWBACKGROUNDS", (0, 1), (-1, rows - 2), [white, ZEBRA_SHADE]),
                ("LINEABOVE", (0, rows - 1), (-1, rows - 1), 0.8, GRID),
                ("GRID", (0, 0), (-1, -1), 0.35, GRID),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.4),
            ]
        )

    def _name_cell(self, name: str, width: float) -> Any:
        """Plain text when it fits the column, else a paragraph that wraps (never overflows)."""
        if fonts.text_width(name, self.table_font_size) <= width - 2 * self.cell_padding:
            return name
        return Paragraph(escape(name), self._cell_style())

    def _cell_style(self) -> ParagraphStyle:
        return ParagraphStyle(
            "recap-cell",
            parent=self._get_stylesheet()["body"],
            fontSize=self.table_font_size,
            leading=self.table_leading,
        )

    def _count_table(self, label: str, counts: dict[str, int]) -> Flowable:
        total = sum(counts.values())
        width = self.frame_width * self.table_width_share
        widths = [width * 0.64, width * 0.18, width * 0.18]
        body = [
            [self._name_cell(name, widths[0]), str(count), percent(count, total)]
            for name, count in counts.items()
        ]
        rows = [[label, "Jumlah", "%"], *body, ["Jumlah", str(total), percent(total, total)]]
        table = Table(rows, colWidths=widths, hAlign="LEFT")
        table.setStyle(self._table_style(len(rows)))
        return table

    def _on_time_table(self) -> Flowable:
        width = self.frame_width
        widths = [width * share for share in (0.40, 0.15, 0.15, 0.15, 0.15)]
        body = [
            [
                self._name_cell(name, widths[0]),
                str(total),
                str(on_time),
                str(total - on_time),
                percent(on_time, total),
            ]
            for name, (on_time, total) in self.data.on_time.items()
        ]
        on_time_all = sum(on_time for on_time, _ in self.data.on_time.values())
        all_steps = sum(total for _, total in self.data.on_time.values())
        rows = [
            ["Pelaksana", "Langkah selesai", "Tepat waktu", "Terlambat", "% tepat"],
            *(body or [["Tidak ada langkah dengan batas waktu yang selesai", "", "", "", ""]]),
            [
                "Jumlah",
                str(all_steps),
                str(on_time_all),
                str(all_steps - on_time_all),
                percent(on_time_all, all_steps),
            ],
        ]
        table = Table(rows, colWidths=widths, hAlign="LEFT")
        table.setStyle(self._table_style(len(rows)))
        return table

    def _bar_chart(
        self, values: dict[str, float], caption: str, colour: Color, maximum: float | None = None
    ) -> Flowable:
        """A horizontal bar per entry (largest first), labelled with the category name."""
        ordered = sorted(values.items(), key=lambda item: -item[1])
        names = [name for name, _ in ordered] or ["-"]
        numbers = [value for _, value in ordered] or [0]
        # The label column is as wide as the longest label, up to a share of the width; a
        # longer label wraps (its bar slot grows with it) rather than running off the page.
        size = self.chart_label_size
        widest = max(fonts.text_width(name, size) for name in names)
        label_room = min(widest, self.frame_width * self.chart_label_share)
        labels = ["\n".join(fonts.wrap_text(name, label_room, size)) for name in names]
        lines = max(label.count("\n") + 1 for label in labels)
        slot = max(self.chart_bar_height, lines * size * 1.2 + 2)
        gap = 6.0  # between a label and the axis
        height = len(names) * slot + 30
        drawing = Drawing(self.frame_width, height, initialFontName=fonts.REGULAR)
        chart = HorizontalBarChart()
        chart.x, chart.y = label_room + gap, 14
        chart.width = self.frame_width - chart.x - 12 * mm
        chart.height = height - 30
        chart.data = [list(reversed(numbers))]
        chart.categoryAxis.categoryNames = list(reversed(labels))
        chart.categoryAxis.labels.fontName = fonts.REGULAR
        chart.categoryAxis.labels.fontSize = size
        chart.categoryAxis.labels.leading = size * 1.2
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.categoryAxis.labels.textAnchor = "end"
        chart.categoryAxis.labels.dx = -gap + 1
        chart.valueAxis.labels.fontName = fonts.REGULAR
        chart.valueAxis.labels.fontSize = 7
        chart.valueAxis.valueMin = 0
        top = maximum if maximum is not None else max(*numbers, 1)
        chart.valueAxis.valueMax = top
        chart.valueAxis.valueStep = _step(top)
        chart.valueAxis.visibleGrid = True
        chart.valueAxis.gridStrokeColor = Color(0.85, 0.85, 0.85)
        chart.bars[0].fillColor = colour
        chart.bars[0].strokeColor = None
        chart.barLabels.fontName = fonts.REGULAR
        chart.barLabels.fontSize = 7
        chart.barLabels.boxAnchor = "w"
        chart.barLabels.dx = 2
        chart.barLabelFormat = "%d" if maximum is None else "%.0f%%"
        drawing.add(chart)
        drawing.add(String(0, height - 9, caption, fontName=fonts.BOLD, fontSize=7.5))
        return drawing

    def _on_page(self, canvas: Any, document: Any) -> None:
        canvas.saveState()
        canvas.setFont(fonts.REGULAR, NumberedCanvas.footer_font_size)
        canvas.drawString(
            self.margins.left,
            14.0,
            f"Rekap Pengaduan {self.month_name} · {self.data.kop.nama_dinas}",
        )
        canvas.restoreState()


def _step(top: float) -> float:
    """A round axis step giving at most about ten ticks."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if top / step <= 10:
            return float(step)
    return float(10 ** len(str(int(top))))


def render_recap_pdf(data: RecapData, paper: Paper = A4) -> bytes:
    return RecapRenderer(data, paper).render()
