"""Starting the app: settings in the data folder, extra SOP files, broken files reported."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.models.sop_cache import CACHE_FILE
from desktop.models.sop_loader import bundled_template_files
from desktop.views import app as app_module
from desktop.views.app import run_gui
from desktop.views.main_window import MainWindow

BROKEN = """\
format: 1
id: kantor-kami
revision: "1"
title: SOP Rusak
office: Dinas Kesehatan Contoh
lanes:
  - {id: staf, name: Staf}
steps:
  - id: s1
    number: "1"
    activity: Menerima aduan
    lane: kabid
"""


class Warnings:
    """Stands in for QMessageBox.warning and remembers what the window looked like."""

    def __init__(self) -> None:
        self.texts: list[tuple[str, str]] = []
        self.sop_count = 0
        self.window_visible = False

    def __call__(self, parent: QWidget | None, title: str, text: str, *args: object) -> int:
        self.texts.append((title, text))
        if isinstance(parent, MainWindow):
            self.sop_count = parent.sop_chooser.count()
            self.window_visible = parent.isVisible()
        return int(QMessageBox.StandardButton.Ok.value)


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> Warnings:
    recorder = Warnings()
    monkeypatch.setattr(QMessageBox, "warning", recorder)
    return recorder


def test_starts_shows_the_window_and_quits(data_dir: Path, warnings: Warnings) -> None:
    assert run_gui(["meja-pengaduan"], data_dir=data_dir, quit_when_shown=True) == 0
    assert warnings.texts == []
    assert (data_dir / "settings.ini").is_file()
    assert "sop/last=" in (data_dir / "settings.ini").read_text(encoding="utf-8").replace(
        "%2F", "/"
    ) or "[sop]" in (data_dir / "settings.ini").read_text(encoding="utf-8")


def test_broken_extra_sop_is_reported_in_indonesian_and_the_rest_still_shows(
    tmp_path: Path, data_dir: Path, warnings: Warnings
) -> None:
    broken = tmp_path / "sop-rusak.yaml"
    broken.write_text(BROKEN, encoding="utf-8")
    own = tmp_path / "sop-kantor.yaml"
    bundled = bundled_template_files()[1].read_text(encoding="utf-8")
    own.write_text(
        bundled.replace("\nid: ", "\nid: kantor-", 1).replace("\ntitle: ", "\ntitle: Salinan ", 1),
        encoding="utf-8",
    )

    code = run_gui(
        ["meja-pengaduan"], data_dir=data_dir, sop_paths=[broken, own], quit_when_shown=True
    )

    assert code == 0
    assert len(warnings.texts) == 1
    title, text = warnings.texts[0]
    assert title == "Berkas SOP tidak dapat dipakai"
    assert "1 berkas SOP tambahan tidak dapat dimuat dan dilewati" in text
    assert f"{broken}:12: steps[0].lane: lajur 'kabid' tidak dikenal" in text
    assert warnings.window_visible
    assert warnings.sop_count == len(bundled_template_files()) + 1


def test_language_option_starts_in_english_and_is_saved(
    data_dir: Path, warnings: Warnings, monkeypatch: pytest.MonkeyPatch
) -> None:
    titles: list[str] = []
    original = MainWindow.show

    def remember(self: MainWindow) -> None:
        original(self)
        titles.append(self.language_menu.title())

    monkeypatch.setattr(MainWindow, "show", remember)
    run_gui(["meja-pengaduan"], data_dir=data_dir, language="en", quit_when_shown=True)
    assert titles == ["&Language"]
    assert app_module.open_settings(data_dir).value("ui/language") == "en"
    run_gui(["meja-pengaduan"], data_dir=data_dir, language="id", quit_when_shown=True)
    assert titles[-1] == "B&ahasa"


def test_with_the_bundled_templates_cached_an_extra_file_still_reports_its_line(
    tmp_path: Path, data_dir: Path, warnings: Warnings
) -> None:
    assert run_gui(["meja-pengaduan"], data_dir=data_dir, quit_when_shown=True) == 0
    assert (data_dir / app_module.CACHE_FOLDER / CACHE_FILE).is_file()
    broken = tmp_path / "sop-rusak.yaml"
    broken.write_text(BROKEN, encoding="utf-8")

    run_gui(["meja-pengaduan"], data_dir=data_dir, sop_paths=[broken], quit_when_shown=True)

    assert len(warnings.texts) == 1
    assert f"{broken}:12: steps[0].lane: lajur 'kabid' tidak dikenal" in warnings.texts[0][1]
    assert warnings.sop_count == len(bundled_template_files())
