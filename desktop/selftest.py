"""``meja-pengaduan --selftest``: prove an installation is whole without touching real data.

Loads every bundled SOP, lays each out for screen and paper, renders each SOP document to PDF
in a temporary folder, and reports one line per check. Used on CI against the frozen bundle.
"""

from __future__ import annotations

import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.documents.sop_document import render_sop_pdf
from desktop.flowchart.geometry import A4_LANDSCAPE, F4_LANDSCAPE
from desktop.flowchart.layout import layout_sop
from desktop.models.sop_loader import bundled_template_files, load_sop


@dataclass(frozen=True, slots=True)
class CheckResult:
    name: str
    ok: bool
    detail: str
    seconds: float


def _run(name: str, check: Callable[[], str]) -> CheckResult:
    started = time.perf_counter()
    try:
        detail = check()
    except Exception as error:  # a self-test reports every failure instead of stopping
        detail = f"{type(error).__name__}: {error}\n{traceback.format_exc(limit=3)}"
        return CheckResult(name, False, detail, time.perf_counter() - started)
    return CheckResult(name, True, detail, time.perf_counter() - started)


def run_selftest(*, with_qt: bool = True) -> list[CheckResult]:
    """Run every check; never raises."""
    results: list[CheckResult] = []
    files = bundled_template_files()
    results.append(_run("templat SOP tersedia", lambda: f"{len(files)} berkas"))
    with tempfile.TemporaryDirectory(prefix="meja-selftest-") as temp:
        folder = Path(temp)
        for entry in files:

            def check(entry: object = entry) -> str:
                sop = load_sop(entry)  # type: ignore[arg-type]
                screen = layout_sop(sop)
                paged = [layout_sop(sop, paper) for paper in (A4_LANDSCAPE, F4_LANDSCAPE)]
                pdf = render_sop_pdf(sop, A4_LANDSCAPE)
                if not pdf.startswith(b"%PDF"):
                    raise RuntimeError("PDF tidak valid")
                (folder / f"{sop.id}.pdf").write_bytes(pdf)
                return (
                    f"{len(sop.steps)} langkah, {len(sop.lanes)} lajur, "
                    f"{len(screen.pages[0].boxes)} simbol, "
                    f"A4 {len(paged[0].pages)} hlm, F4 {len(paged[1].pages)} hlm, "
                    f"PDF {len(pdf) // 1024} KB"
                )

            results.append(_run(f"SOP {entry.name}", check))
        if with_qt:
            results.append(_run("tampilan Qt (PNG)", lambda: _qt_check(folder)))
    return results


def _qt_check(folder: Path) -> str:
    from desktop.views.swimlane_painter import render_layout_png

    sop = load_sop(bundled_template_files()[0])
    paths = render_layout_png(layout_sop(sop), folder / "uji.png", scale=1.0)
    size = sum(path.stat().st_size for path in paths)
    return f"{len(paths)} gambar, {size // 1024} KB"


def format_results(results: list[CheckResult]) -> str:
    lines = []
    for result in results:
        mark = "OK   " if result.ok else "GAGAL"
        lines.append(f"{mark} {result.name} ({result.seconds * 1000:.0f} ms): {result.detail}")
    failed = sum(not result.ok for result in results)
    lines.append(
        f"Uji mandiri selesai: {len(results) - failed} lulus, {failed} gagal."
        if failed
        else f"Uji mandiri selesai: semua {len(results)} pemeriksaan lulus."
    )
    return "\n".join(lines)
