"""The first-run wizard as a clerk fills it: by keyboard, page by page, to a set-up desk."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from desktop.models.desk import Desk
from desktop.models.vocabulary import Role
from desktop.views.setup_pages import bundled_templates
from desktop.views.setup_wizard import (
    PAGE_ADMIN,
    PAGE_DEVICE,
    PAGE_OFFICE,
    PAGE_SOP,
    PAGE_SUMMARY,
    SetupWizard,
)

BROKEN_SOP = """\
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


@pytest.fixture
def desk(data_dir: Path) -> Iterator[Desk]:
    desk = Desk(data_dir)
    yield desk
    desk.close()


@pytest.fixture
def wizard(qtbot: QtBot, desk: Desk, translations: object) -> SetupWizard:
    wizard = SetupWizard(desk, today=date(2026, 3, 2))
    wizard.confirm_cancel = lambda: True
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def _next(qtbot: QtBot, wizard: SetupWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def _fill_office(qtbot: QtBot, wizard: SetupWizard, logo: Path | None = None) -> None:
    page = wizard.office_page
    qtbot.keyClicks(page.pemerintah, "Pemerintah Kabupaten Contoh")
    qtbot.keyClicks(page.nama_dinas, "Dinas Kesehatan Kabupaten Contoh")
    qtbot.keyClicks(page.email, "dinkes@contoh.go.id")
    qtbot.keyClicks(page.kota, "Martapura")
    if logo is not None:
        assert page.logo.set_path(logo)
    qtbot.keyClick(page.kota, Qt.Key.Key_Return)  # Enter moves on, as Next does


def _fill_admin(qtbot: QtBot, wizard: SetupWizard, pin: str, again: str) -> None:
    page = wizard.admin_page
    qtbot.keyClicks(page.name, "Siti Aminah")
    qtbot.keyClicks(page.nip, "198001012005012001")
    qtbot.keyClicks(page.jabatan, "Pengelola Pengaduan")
    qtbot.keyClicks(page.pin, pin)
    qtbot.keyClicks(page.pin_again, again)


def test_typing_through_every_page_sets_up_the_desk(
    qtbot: QtBot, wizard: SetupWizard, desk: Desk, tmp_path: Path
) -> None:
    logo = tmp_path / "logo.png"
    image = QImage(40, 50, QImage.Format.Format_RGB32)
    image.fill(QColor("darkgreen"))
    assert image.save(str(logo))

    _fill_office(qtbot, wizard, logo)
    assert wizard.currentId() == PAGE_DEVICE
    qtbot.keyClicks(wizard.device_page.code, "tu2")
    assert wizard.device_page.code.text() == "TU2"
    qtbot.keyClicks(wizard.device_page.name, "PC Tata Usaha")
    _next(qtbot, wizard)
    assert wizard.currentId() == PAGE_ADMIN
    _fill_admin(qtbot, wizard, "246810", "246810")
    qtbot.keyClick(wizard.admin_page.pin_again, Qt.Key.Key_Return)
    assert wizard.currentId() == PAGE_SOP
    chosen = bundled_templates()[2]
    wizard.sop_page.template_list.setFocus()
    qtbot.keyClick(wizard.sop_page.template_list, Qt.Key.Key_Down)
    qtbot.keyClick(wizard.sop_page.template_list, Qt.Key.Key_Down)
    assert wizard.sop_page.chosen_template() == chosen
    assert wizard.sop_page.example_number() == "ADU/2026/TU2/0001"
    _next(qtbot, wizard)
    assert wizard.currentId() == PAGE_SUMMARY
    summary = wizard.summary_page.text()
    assert "Dinas Kesehatan Kabupaten Contoh" in summary
    assert "ADU/2026/TU2/0001" in summary
    assert "246810" not in summary

    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)

    assert wizard.result() == QWizard.DialogCode.Accepted.value
    assert desk.is_set_up
    profile = desk.office_profile()
    assert profile.nama_dinas == "Dinas Kesehatan Kabupaten Contoh"
    assert profile.kota == "Martapura"
    assert desk.blobs.has(profile.logo_sha256)
    assert desk.device().device_code == "TU2"
    (admin,) = desk.users()
    assert (admin.name, admin.role, admin.nip) == ("Siti Aminah", Role.ADMIN, "198001012005012001")
    assert wizard.admin == admin
    assert desk.authenticate(admin.user_id, "246810") == admin
    assert desk.active_sop().title == chosen.title


def test_an_office_sop_file_with_a_mistake_shows_file_and_line_and_cannot_finish(
    qtbot: QtBot, wizard: SetupWizard, desk: Desk, tmp_path: Path
) -> None:
    broken = tmp_path / "sop-kantor.yaml"
    broken.write_text(BROKEN_SOP, encoding="utf-8")
    _fill_office(qtbot, wizard)
    qtbot.keyClicks(wizard.device_page.code, "TU1")
    _next(qtbot, wizard)
    _fill_admin(qtbot, wizard, "1357", "1357")
    _next(qtbot, wizard)

    assert not wizard.sop_page.use_file(broken)
    assert f"{broken}:12: steps[0].lane: lajur 'kabid' tidak dikenal" in (
        wizard.sop_page.sop_problem()
    )
    _next(qtbot, wizard)
    assert wizard.currentId() == PAGE_SOP
    wizard.accept()  # even forced, Selesai saves nothing
    assert wizard.isVisible()
    assert not desk.is_set_up


def test_pin_typed_differently_twice_blocks_next(qtbot: QtBot, wizard: SetupWizard) -> None:
    _fill_office(qtbot, wizard)
    qtbot.keyClicks(wizard.device_page.code, "TU1")
    _next(qtbot, wizard)
    _fill_admin(qtbot, wizard, "1357", "1375")
    _next(qtbot, wizard)
    assert wizard.currentId() == PAGE_ADMIN
    assert wizard.admin_page.message("pin_again") == "PIN tidak sama; ketik ulang PIN yang sama."
    assert wizard.admin_page.pin_again.text() == ""


def test_required_fields_and_a_bad_pc_code_are_explained_at_their_field(
    qtbot: QtBot, wizard: SetupWizard
) -> None:
    _next(qtbot, wizard)
    assert wizard.currentId() == PAGE_OFFICE
    assert "Pemerintah" in wizard.office_page.message("pemerintah")
    assert "Dinas Kesehatan" in wizard.office_page.message("nama_dinas")
    _fill_office(qtbot, wizard)
    qtbot.keyClicks(wizard.device_page.code, "T")
    _next(qtbot, wizard)
    assert wizard.currentId() == PAGE_DEVICE
    assert "2-8 huruf besar atau angka" in wizard.device_page.message("device_code")


def test_a_problem_the_desk_finds_brings_the_clerk_back_to_its_page(
    qtbot: QtBot, wizard: SetupWizard
) -> None:
    _fill_office(qtbot, wizard)
    qtbot.keyClicks(wizard.device_page.code, "TU1")
    _next(qtbot, wizard)
    _fill_admin(qtbot, wizard, "1357", "1357")
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    assert wizard.currentId() == PAGE_SUMMARY

    wizard.show_problems({"device_code": "Kode PC sudah dipakai PC lain."})

    assert wizard.currentId() == PAGE_DEVICE
    assert wizard.device_page.message("device_code") == "Kode PC sudah dipakai PC lain."


def test_cancelling_after_typing_asks_first_and_saves_nothing(
    qtbot: QtBot, wizard: SetupWizard, desk: Desk
) -> None:
    asked: list[bool] = []
    wizard.confirm_cancel = lambda: asked.append(True) or False
    qtbot.keyClicks(wizard.office_page.pemerintah, "Pemerintah Kabupaten Contoh")
    wizard.reject()
    assert asked == [True]
    assert wizard.isVisible()
    wizard.confirm_cancel = lambda: True
    wizard.reject()
    assert not wizard.isVisible()
    assert not desk.is_set_up
