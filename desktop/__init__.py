"""Meja Pengaduan: public-complaint handling by the office SOP, offline."""

from __future__ import annotations

# The one place the version is written; pyproject.toml reads it from here.
__version__ = "0.1.0"

APP_NAME = "Meja Pengaduan"
APP_SLUG = "meja-pengaduan"
