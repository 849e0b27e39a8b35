"""Every document the desk can print for a case, by kind, and which ones the SOP offers now.

The views and the command line ask this module, never a renderer directly, so a new kind of
document is one entry here. Renderer modules are imported only when their document is made.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.models.accounts import User
    from desktop.models.desk import CaseDetail, Desk


@dataclass(frozen=True, slots=True)
class RenderedDocument:
    title: str  # shown in the preview window, e.g. "Lembar Disposisi ADU/2026/TU1/0001"
    filename: str  # suggested "Simpan sebagai PDF" name, no folders
    pdf: bytes


CaseRenderer = Callable[..., RenderedDocument]
"""``(desk, case_id, viewer, **options) -> RenderedDocument``."""

KINDS: dict[str, tuple[str, str]] = {
    # kind: (label, "module:function")
    "disposisi": ("Lembar Disposisi", "desktop.documents.disposition_sheet:for_case"),
    "tanda-terima": ("Tanda Terima Pengaduan", "desktop.documents.receipt:for_case"),
    "arsip": ("Lembar Arsip", "desktop.documents.archive_slip:for_case"),
    "surat": ("Surat Dinas", "desktop.documents.letter:for_case"),
    "tembusan": ("Salinan Tembusan", "desktop.documents.letter:tembusan_for_case"),
}


def renderer(kind: str) -> CaseRenderer:
    if kind not in KINDS:
        known = ", ".join(KINDS)
        raise KeyError(f"Jenis dokumen '{kind}' tidak dikenal; pilih: {known}")
    module_name, function = KINDS[kind][1].split(":")
    return getattr(importlib.import_module(module_name), function)  # type: ignore[no-any-return]


def render_case_document(
    desk: Desk, kind: str, case_id: str, viewer: User, **options: object
) -> RenderedDocument:
    """Render one document of ``kind`` for a case (options: ``paper``, ``letter_id`` ...)."""
    return renderer(kind)(desk, case_id, viewer, **options)


def offered_now(detail: CaseDetail) -> list[tuple[str, str]]:
    """``(kind, label)`` of the documents the SOP offers at the case's current step; the
    receipt and the disposition sheet are always available."""
    kinds: list[str] = ["tanda-terima", "disposisi"]
    step = detail.current_step
    if step is not None:
        kinds += [str(kind) for kind in step.documents]
    unique = list(dict.fromkeys(kinds))
    return [(kind, KINDS[kind][0]) for kind in unique if kind in KINDS]
