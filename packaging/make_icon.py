"""Draw the application icon once: ``resources/icons/meja-pengaduan.png`` and ``.ico``.

Run from the repository root when the icon should change; the results are committed. The icon
is a clipboard with a ticked complaint form on the app's dark teal, drawn with QPainter so it
needs nothing but Qt. The ``.ico`` holds 16-256 px images (32-bit DIB below 256, PNG at 256),
the layout Windows Explorer, the taskbar and NSIS all read.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

SIZES = (16, 24, 32, 48, 64, 256)
TEAL = QColor("#0f5e63")
PAPER = QColor("#fbfaf5")
INK = QColor("#345")
ACCENT = QColor("#e0a526")
TICK = QColor("#1e8a4c")


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    unit = size / 64
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(TEAL)
    painter.drawRoundedRect(QRectF(1 * unit, 1 * unit, 62 * unit, 62 * unit), 12 * unit, 12 * unit)
    painter.setBrush(PAPER)
    painter.drawRoundedRect(QRectF(14 * unit, 11 * unit, 36 * unit, 45 * unit), 3 * unit, 3 * unit)
    painter.setBrush(ACCENT)
    painter.drawRoundedRect(QRectF(24 * unit, 7 * unit, 16 * unit, 8 * unit), 2 * unit, 2 * unit)
    if size >= 24:
        pen = QPen(INK, max(1.0, 2.6 * unit))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        for row, length in ((22, 22), (29, 18), (36, 22)):
            start, end = QPointF(20 * unit, row * unit), QPointF((20 + length) * unit, row * unit)
            painter.drawLine(start, end)
    tick = QPainterPath(QPointF(27 * unit, 45 * unit))
    tick.lineTo(QPointF(32 * unit, 50 * unit))
    tick.lineTo(QPointF(42 * unit, 40 * unit))
    pen = QPen(TICK, max(1.5, 4.2 * unit))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(tick)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG", 9)
    return bytes(buffer.data().data())


def dib_bytes(image: QImage) -> bytes:
    """A bottom-up 32-bit BITMAPINFOHEADER image with its (all-opaque) AND mask."""
    size = image.width()
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    rows = []
    for y in reversed(range(size)):
        row = bytearray()
        for x in range(size):
            color = image.pixelColor(x, y)
            row += bytes((color.blue(), color.green(), color.red(), color.alpha()))
        rows.append(bytes(row))
    mask_row = ((size + 31) // 32) * 4
    return header + b"".join(rows) + bytes(mask_row * size)


def ico_bytes(images: list[QImage]) -> bytes:
    payloads = [png_bytes(image) if image.width() >= 256 else dib_bytes(image) for image in images]
    offset = 6 + 16 * len(images)
    directory = b""
    for image, payload in zip(images, payloads, strict=True):
        edge = image.width() % 256  # 0 means 256
        directory += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(payload), offset)
        offset += len(payload)
    return struct.pack("<HHH", 0, 1, len(images)) + directory + b"".join(payloads)


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    folder = Path(__file__).resolve().parent.parent / "resources" / "icons"
    folder.mkdir(parents=True, exist_ok=True)
    images = [draw(size) for size in SIZES]
    (folder / "meja-pengaduan.png").write_bytes(png_bytes(draw(256)))
    (folder / "meja-pengaduan.ico").write_bytes(ico_bytes(images))
    for path in sorted(folder.iterdir()):
        print(f"{path}: {path.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
