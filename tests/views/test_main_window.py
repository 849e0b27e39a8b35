"""The main window as a clerk uses it: choose an SOP, click steps, zoom, switch language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.flowchart.layout import layout_sop
from desktop.models.sop import Sop
from desktop.views.app import open_settings
from desktop.views.i18n import Translations
from desktop.views.identity_dialog import IdentityDialog
from desktop.views.main_window import MainWindow
from desktop.views.swimlane_painter import HOVER_STYLE
from desktop.views.swimlane_view import StepItem, SwimlaneView


def _box_center(view: SwimlaneView, step_id: str) -> QPoint:
    rect = view.step_scene_rect(step_id)
    view.ensureVisible(rect, 10, 10)
    return view.mapFromScene(rect.center())


def _click_step(qtbot: QtBot, view: SwimlaneView, step_id: str) -> list[object]:
    with qtbot.waitSignal(view.stepSelected, timeout=2000) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_box_center(view, step_id))
    return list(blocker.args or [])


def _ctrl_wheel(view: SwimlaneView, notches: int) -> None:
    pos = QPointF(view.viewport().rect().center())
    event = QWheelEvent(
        pos,
        QPointF(view.viewport().mapToGlobal(pos.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)


def test_opens_on_first_sop_with_title_status_and_data_folder(
    window: MainWindow, bundled_sops: list[Sop], data_dir: Path
) -> None:
    first = bundled_sops[0]
    assert window.windowTitle() == f"Meja Pengaduan — {first.office}"
    assert window.status_sop.text() == (
        f"{first.title} — {len(first.steps)} langkah, {len(first.lanes)} pelaksana"
    )
    assert window.status_data.text() == f"Folder data: {data_dir}"
    assert window.pages.tabText(0) == "Alur SOP"
    assert "Klik sebuah langkah" in window.step_panel.text()


def test_chooser_switches_between_all_six_sops(
    qtbot: QtBot, window: MainWindow, bundled_sops: list[Sop]
) -> None:
    chooser = window.sop_chooser
    assert chooser.count() == len(bundled_sops) == 6
    seen_titles = set()
    for index in reversed(range(chooser.count())):
        sop = bundled_sops[index]
        assert chooser.itemText(index) == f"{sop.office} — {sop.title}"
        with qtbot.waitSignal(window.sopChanged, check_params_cb=lambda i, s=sop: i == s.id):
            chooser.setCurrentIndex(index)
        items = [i for i in window.swimlane.scene().items() if isinstance(i, StepItem)]
        page = layout_sop(sop).pages[0]
        assert sorted(i.step_id for i in items) == sorted(b.step_id for b in page.boxes)
        assert window.windowTitle().endswith(sop.office)
        assert window.status_sop.text().startswith(sop.title)
        assert f"{len(sop.steps)} langkah, {len(sop.lanes)} pelaksana" in window.status_sop.text()
        seen_titles.add(window.status_sop.text())
    assert len(seen_titles) == 6


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")
def test_chooser_list_is_sized_to_its_names_when_it_opens(window: MainWindow) -> None:
    chooser = window.sop_chooser
    chooser.showPopup()
    try:
        view = chooser.view()
        assert view.minimumWidth() == view.sizeHintForColumn(0) + 24
    finally:
        chooser.hidePopup()


def test_clicking_a_step_shows_its_details(
    qtbot: QtBot, window: MainWindow, bundled_sops: list[Sop]
) -> None:
    window.show_sop("belitung")
    sop = next(s for s in bundled_sops if s.id == "belitung")
    step = sop.step("s3")
    with qtbot.waitSignal(window.stepSelected) as selected:
        args = _click_step(qtbot, window.swimlane, "s3")
    assert args == ["s3"]
    assert selected.args == ["belitung", "s3"]
    text = window.step_panel.text()
    assert "Langkah 3" in text
    assert " ".join(step.activity.split()) in " ".join(text.split())
    assert "Pelaksana\nSekretaris" in text
    assert "10 Menit" in text
    assert "Lembar Disposisi" in text
    assert "4. Menelaah dan memberi disposisi" in text


def test_decision_step_lists_branches_and_normalised_time(qtbot: QtBot, window: MainWindow) -> None:
    window.show_sop("oku-selatan-lapor")
    _click_step(qtbot, window.swimlane, "s3")
    text = window.step_panel.text()
    assert "Belah ketupat (keputusan)" in text
    assert "→ sesuai kewenangan: Laporan ditindaklanjuti oleh Dinas Kesehatan" in text
    assert "→ tidak sesuai kewenangan: 2. Admin instansi memverifikasi" in text
    assert "Waktu\n3-10 Hari" in text


def test_hovering_a_step_highlights_it(qtbot: QtBot, window: MainWindow) -> None:
    view = window.swimlane
    window.show_sop("belitung")
    item = view.step_items("s2")[0]
    inside = view.mapFromScene(view.step_scene_rect("s2").topLeft()) + QPoint(6, 6)
    before = view.viewport().grab().toImage().pixelColor(inside).name()
    qtbot.mouseMove(view.viewport(), inside)
    qtbot.waitUntil(lambda: item.hovered)
    assert item.style().fill == HOVER_STYLE.fill
    qtbot.waitUntil(
        lambda: view.viewport().grab().toImage().pixelColor(inside).name() == HOVER_STYLE.fill
    )
    assert before == "#ffffff"
    qtbot.mouseMove(view.viewport(), QPoint(2, 2))
    qtbot.waitUntil(lambda: not item.hovered)
    assert item.style().fill is None


def test_ctrl_wheel_zooms_and_shows_the_zoom(window: MainWindow) -> None:
    view = window.swimlane
    before = view.transform().m11()
    label_before = window.zoom_label.text()
    _ctrl_wheel(view, 2)
    assert view.transform().m11() > before * 1.5
    assert window.zoom_label.text() != label_before
    assert not view.is_fit_width()
    _ctrl_wheel(view, -2)
    assert abs(view.transform().m11() - before) < 1e-6


def test_fit_width_shows_the_whole_width(window: MainWindow) -> None:
    view = window.swimlane
    window.show_sop("jambi-provinsi")
    view.zoom_in_action.trigger()
    view.zoom_in_action.trigger()
    assert view.horizontalScrollBar().maximum() > 0
    window.swimlane.fit_width_action.trigger()
    assert view.horizontalScrollBar().maximum() == 0
    shown = view.mapFromScene(view.sceneRect()).boundingRect().width()
    assert abs(shown - view.viewport().width()) <= 4
    view.zoom_reset_action.trigger()
    assert window.zoom_label.text() == "100%"


def test_identity_dialog_shows_the_identity_block(qtbot: QtBot, window: MainWindow) -> None:
    window.show_sop("belitung")
    window.identity_action.trigger()
    dialog = window.findChild(IdentityDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    text = dialog.text()
    assert "NIP\t19680419 199203 2 004" in text or "19680419 199203 2 004" in text
    assert "dr. SUHANDRI, Sp. OG" in text
    assert "Tanggal efektif" in text and "2 Agustus 2019" in text
    assert "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik" in text
    assert "Catatan sumber" in text
    assert "Nomor SOP\t" not in text  # empty in the Belitung source, so not shown
    assert dialog.close_button.text() == "Tutup"
    dialog.close_button.click()


def test_language_switches_live_and_is_remembered(
    qtbot: QtBot, window: MainWindow, translations: Translations, data_dir: Path
) -> None:
    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.language_menu.title() == "&Language")
    assert window.swimlane.fit_width_action.text() == "Fit to width"
    assert window.pages.tabText(0) == "SOP flow"
    assert "steps" in window.status_sop.text()
    assert open_settings(data_dir).value("ui/language") == "en"
    window.language_actions["id"].trigger()
    qtbot.waitUntil(lambda: window.language_menu.title() == "B&ahasa")
    assert window.swimlane.fit_width_action.text() == "Sesuaikan lebar"
    assert translations.language == "id"


def test_placeholder_pages_say_what_comes_next(window: MainWindow) -> None:
    window.pages.setCurrentIndex(1)
    page = window.pages.currentWidget()
    assert window.pages.tabText(1) == "Daftar Pengaduan"
    assert "Segera hadir: pencatatan pengaduan" in page.text()
    assert window.pages.tabText(2) == "Dasbor"


def test_last_sop_is_shown_again_next_time(
    qtbot: QtBot,
    window: MainWindow,
    data_dir: Path,
    bundled_sops: list[Sop],
    translations: Translations,
) -> None:
    window.show_sop("ambon")
    window.close()
    again = MainWindow(
        bundled_sops,
        data_dir=data_dir,
        settings=open_settings(data_dir),
        translations=translations,
    )
    qtbot.addWidget(again)
    assert again.current_sop() is not None
    assert again.current_sop().id == "ambon"  # type: ignore[union-attr]
