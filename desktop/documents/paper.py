"""Paper sizes and page margins of Indonesian government paperwork (Tata Naskah Dinas)."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm


@dataclass(frozen=True, slots=True)
class Paper:
    name: str
    width: float  # points
    height: float

    @property
    def landscape(self) -> Paper:
        return Paper(
            f"{self.name} lanskap", max(self.width, self.height), min(self.width, self.height)
        )

    @property
    def size(self) -> tuple[float, float]:
        return (self.width, self.height)


@dataclass(frozen=True, slots=True)
class Margins:
    top: float
    right: float
    bottom: float
    left: float


A4 = Paper("A4", 210 * mm, 297 * mm)
F4 = Paper("F4", 215 * mm, 330 * mm)
"""Folio as Indonesian offices buy it (215 x 330 mm)."""
HALF_FOLIO = Paper("Setengah folio", 165 * mm, 215 * mm)
"""Half an F4 sheet, portrait: the usual Lembar Disposisi."""

PAPERS = {"A4": A4, "F4": F4, "half-folio": HALF_FOLIO}

LETTER_MARGINS = Margins(top=20 * mm, right=20 * mm, bottom=20 * mm, left=30 * mm)
"""Surat dinas: 3 cm left for binding, 2 cm elsewhere."""
FORM_MARGINS = Margins(top=12 * mm, right=12 * mm, bottom=12 * mm, left=15 * mm)
"""Forms and slips (disposition sheet, receipt, archive label)."""
REPORT_MARGINS = Margins(top=15 * mm, right=15 * mm, bottom=15 * mm, left=20 * mm)
"""Register and recap."""
