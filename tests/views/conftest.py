"""Real widgets over the bundled SOPs, with a private settings file per test."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.models.accounts import User, UserForm
from desktop.models.desk import Desk
from desktop.models.office import OfficeProfile
from desktop.models.sop import Sop
from desktop.models.sop_loader import bundled_template_files, load_bundled
from desktop.models.vocabulary import Role
from desktop.views.app import open_settings
from desktop.views.i18n import Translations
from desktop.views.main_window import MainWindow
from desktop.views.qt_fonts import register_fonts


@pytest.fixture(scope="session")
def bundled_sops() -> list[Sop]:
    return load_bundled()


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    register_fonts()
    translations = Translations(qapp)
    yield translations
    translations.set_language("id")
    translations.deleteLater()


@pytest.fixture
def window(
    qtbot: QtBot, data_dir: Path, bundled_sops: list[Sop], translations: Translations
) -> MainWindow:
    window = MainWindow(
        bundled_sops,
        data_dir=data_dir,
        settings=open_settings(data_dir),
        translations=translations,
    )
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


# -- cases: a real desk on a temporary folder, at a fixed moment --------------------------------

CASE_NOW = datetime(2026, 3, 17, 10, 0)  # a Tuesday, a working day


@pytest.fixture
def desk_admin(data_dir: Path) -> Iterator[tuple[Desk, User]]:
    """A desk set up with the OKU Selatan internal flow (it has a decision step)."""
    entry = next(e for e in bundled_template_files() if e.name == "oku-selatan-internal.yaml")
    desk = Desk(data_dir, now=lambda: CASE_NOW)
    admin = desk.setup(
        office=OfficeProfile("Pemerintah Kabupaten OKU Selatan", "Dinas Kesehatan"),
        device_code="TU1",
        admin=UserForm("Siti Aminah", Role.ADMIN, pin="1234"),
        sop_text=entry.read_text(encoding="utf-8"),
    )
    yield desk, admin
    desk.close()


@pytest.fixture
def case_window(
    qtbot: QtBot,
    data_dir: Path,
    bundled_sops: list[Sop],
    translations: Translations,
    desk_admin: tuple[Desk, User],
) -> MainWindow:
    desk, admin = desk_admin
    window = MainWindow(
        bundled_sops,
        data_dir=data_dir,
        settings=open_settings(data_dir),
        translations=translations,
        desk=desk,
        user=admin,
    )
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window
