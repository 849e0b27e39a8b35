"""The kop (letterhead) of Tata Naskah Dinas: logo at left, centred office lines, double rule.

One painter serves both uses: :func:`draw_kop` paints on a canvas (page callbacks, labels)
and :class:`Kop` wraps it as a flowable whose width follows the frame. Lines too long for the
space between the logo and its mirror are shrunk a little, then wrapped, never cut.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable

from desktop import fonts
from desktop.documents.data import Letterhead


@dataclass(frozen=True, slots=True)
class KopStyle:
    """Sizes of one kop variant, in points."""

    logo_height: float
    logo_gap: float
    pemerintah_size: float
    dinas_size: float
    address_size: float
    contact_size: float
    thick_rule: float = 2.2
    thin_rule: float = 0.6
    rule_gap: float = 1.4
    space_below_text: float = 3.0
    space_after: float = 6.0
    min_shrink: float = 0.75  # a heading is shrunk to 75% at most before it wraps


FULL = KopStyle(
    logo_height=20 * mm,
    logo_gap=4 * mm,
    pemerintah_size=13,
    dinas_size=16,
    address_size=9,
    contact_size=8.5,
)
"""Letters and reports: the full-size kop."""

COMPACT = KopStyle(
    logo_height=14 * mm,
    logo_gap=3 * mm,
    pemerintah_size=10,
    dinas_size=12.5,
    address_size=7.5,
    contact_size=7,
    thick_rule=1.8,
    thin_rule=0.5,
    rule_gap=1.2,
    space_after=4.0,
)
"""Forms and slips (Lembar Disposisi, tanda terima, label arsip)."""


@dataclass(frozen=True, slots=True)
class _Line:
    text: str
    font: str
    size: float

    @property
    def leading(self) -> float:
        return self.size * 1.18


LOGO_MAX_PIXELS = 320
"""Logo height in pixels once prepared: about 400 dpi at 2 cm, plenty for print."""


@lru_cache(maxsize=8)
def _logo(path: Path, modified_ns: int) -> ImageReader | None:
    """The logo, prepared once per file version; ``None`` when unreadable (then no logo).

    It is flattened on white and kept as a JPEG in memory: ReportLab embeds JPEG data as it
    is, where a PNG would be decoded and compressed again on every render.
    """
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            image.load()
            rgba = image.convert("RGBA")
    except (OSError, ValueError, UnidentifiedImageError):
        return None
    if rgba.height > LOGO_MAX_PIXELS:
        width = max(round(rgba.width * LOGO_MAX_PIXELS / rgba.height), 1)
        rgba = rgba.resize((width, LOGO_MAX_PIXELS), Image.Resampling.LANCZOS)
    flat = Image.new("RGB", rgba.size, (255, 255, 255))
    flat.paste(rgba, mask=rgba.getchannel("A"))
    buffer = io.BytesIO()
    flat.save(buffer, format="JPEG", quality=94, subsampling=0)
    buffer.seek(0)
    return ImageReader(buffer)


def _logo_of(letterhead: Letterhead) -> ImageReader | None:
    path = letterhead.logo
    if path is None:
        return None
    try:
        modified = path.stat().st_mtime_ns
    except OSError:
        return None
    return _logo(path, modified)


def contact_line(letterhead: Letterhead) -> str:
    """``Telepon (0741) 123456, Email dinkes@..., Laman ...``: the parts the office filled."""
    parts = [
        f"{label} {value.strip()}"
        for label, value in (
            ("Telepon", letterhead.telepon),
            ("Email", letterhead.email),
            ("Laman", letterhead.website),
        )
        if value.strip()
    ]
    return ", ".join(parts)


def _fitted(text: str, font: str, size: float, width: float, style: KopStyle) -> list[_Line]:
    """One line shrunk to fit, or wrapped at the smallest size allowed."""
    bold = font == fonts.BOLD
    natural = fonts.text_width(text, size, bold=bold)
    if natural <= width:
        return [_Line(text, font, size)]
    shrunk = size * width / natural
    if shrunk >= size * style.min_shrink:
        return [_Line(text, font, shrunk)]
    smallest = size * style.min_shrink
    return [
        _Line(part, font, smallest) for part in fonts.wrap_text(text, width, smallest, bold=bold)
    ]


def _wrapped(text: str, font: str, size: float, width: float) -> list[_Line]:
    bold = font == fonts.BOLD
    return [_Line(part, font, size) for part in fonts.wrap_text(text, width, size, bold=bold)]


@dataclass(frozen=True, slots=True)
class KopLayout:
    """Where everything goes for one width; ``height`` includes the rule and space after."""

    lines: tuple[_Line, ...]
    logo: ImageReader | None
    logo_width: float
    text_height: float
    height: float
    style: KopStyle


def layout_kop(letterhead: Letterhead, width: float, style: KopStyle = FULL) -> KopLayout:
    logo = _logo_of(letterhead)
    logo_width = 0.0
    if logo is not None:
        pixels_w, pixels_h = logo.getSize()
        logo_width = style.logo_height * pixels_w / max(pixels_h, 1)
        logo_width = min(logo_width, style.logo_height * 1.4)
    # Text is centred on the page, so it keeps clear of the logo on both sides.
    side = logo_width + style.logo_gap if logo is not None else 0.0
    text_width = max(width - 2 * side, width * 0.4)
    lines: list[_Line] = []
    if letterhead.pemerintah.strip():
        lines += _fitted(
            letterhead.pemerintah.strip().upper(),
            fonts.BOLD,
            style.pemerintah_size,
            text_width,
            style,
        )
    lines += _fitted(
        letterhead.nama_dinas.strip().upper(), fonts.BOLD, style.dinas_size, text_width, style
    )
    if letterhead.alamat.strip():
        lines += _wrapped(letterhead.alamat.strip(), fonts.REGULAR, style.address_size, text_width)
    contacts = contact_line(letterhead)
    if contacts:
        lines += _wrapped(contacts, fonts.REGULAR, style.contact_size, text_width)
    text_height = sum(line.leading for line in lines)
    block = max(text_height, style.logo_height if logo is not None else 0.0)
    rules = style.thick_rule + style.rule_gap + style.thin_rule
    height = block + style.space_below_text + rules + style.space_after
    return KopLayout(tuple(lines), logo, logo_width, text_height, height, style)


def draw_kop(canvas: Any, layout: KopLayout, x: float, top: float, width: float) -> float:
    """Paint ``layout`` with its top-left corner at ``(x, top)``; returns the height used."""
    style = layout.style
    block = max(layout.text_height, style.logo_height if layout.logo is not None else 0.0)
    canvas.saveState()
    if layout.logo is not None:
        logo_y = top - block / 2 - style.logo_height / 2
        canvas.drawImage(
            layout.logo,
            x,
            logo_y,
            width=layout.logo_width,
            height=style.logo_height,
            preserveAspectRatio=True,
        )
    centre = x + width / 2
    y = top - (block - layout.text_height) / 2
    for line in layout.lines:
        y -= line.leading
        canvas.setFont(line.font, line.size)
        # The baseline sits the font's descent above the slot's bottom.
        canvas.drawCentredString(centre, y + line.size * 0.21, line.text)
    rule_top = top - block - style.space_below_text
    canvas.setStrokeColorRGB(0, 0, 0)
    canvas.setLineWidth(style.thick_rule)
    thick_y = rule_top - style.thick_rule / 2
    canvas.line(x, thick_y, x + width, thick_y)
    canvas.setLineWidth(style.thin_rule)
    thin_y = rule_top - style.thick_rule - style.rule_gap - style.thin_rule / 2
    canvas.line(x, thin_y, x + width, thin_y)
    canvas.restoreState()
    return layout.height


class Kop(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
    """The kop as a flowable, as wide as the frame it lands in."""

    def __init__(self, letterhead: Letterhead, style: KopStyle = FULL) -> None:
        super().__init__()
        self.letterhead = letterhead
        self.style = style
        self._layout: KopLayout | None = None
        self._width = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self._layout is None or self._width != available_width:
            self._layout = layout_kop(self.letterhead, available_width, self.style)
            self._width = available_width
        return available_width, self._layout.height

    def draw(self) -> None:
        assert self._layout is not None
        draw_kop(self.canv, self._layout, 0.0, self._layout.height, self._width)
