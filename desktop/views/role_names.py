"""Roles as the interface names them, in the chosen language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.models.vocabulary import Role


def role_label(role: Role) -> str:
    """The role's name in the interface language (Indonesian labels live in the domain)."""
    translate = QCoreApplication.translate
    labels = {
        Role.ADMIN: translate("Peran", "Admin"),
        Role.PETUGAS: translate("Peran", "Petugas pengaduan"),
        Role.PIMPINAN: translate("Peran", "Pimpinan (hanya baca)"),
    }
    return labels[role]


def role_help(role: Role) -> str:
    """What a user with ``role`` may do, one sentence."""
    translate = QCoreApplication.translate
    texts = {
        Role.ADMIN: translate(
            "Peran", "Mencatat pengaduan, mengelola pengguna dan mengatur aplikasi."
        ),
        Role.PETUGAS: translate("Peran", "Mencatat pengaduan dan langkah penanganannya."),
        Role.PIMPINAN: translate(
            "Peran",
            "Melihat pengaduan dan dasbor tanpa mengubah data; identitas pelapor "
            "rahasia disamarkan.",
        ),
    }
    return texts[role]
