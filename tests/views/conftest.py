"""Real widgets over the bundled SOPs, with a private settings file per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.models.sop import Sop
from desktop.models.sop_loader import load_bundled
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
