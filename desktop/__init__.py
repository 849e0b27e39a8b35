"""Meja Pengaduan: public-complaint handling by the office SOP, offline."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("meja-pengaduan")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

APP_NAME = "Meja Pengaduan"
APP_SLUG = "meja-pengaduan"
