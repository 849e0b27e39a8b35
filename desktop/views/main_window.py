"""The main window: SOP chooser, the swimlane with the step panel, and places for cases.

The window only wires widgets together; what a step is, how the chart is laid out and how SOPs
load lives in :mod:`desktop.models` and :mod:`desktop.flowchart`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QToolBar,
    QWidget,
)

from desktop import APP_NAME, __version__
from desktop.flowchart.geometry import Layout
from desktop.models.sop import Sop
from desktop.views.i18n import LANGUAGES, Translations
from desktop.views.step_panel import StepPanel
from desktop.views.swimlane_view import SwimlaneView

if TYPE_CHECKING:
    from desktop.models.accounts import User
    from desktop.models.desk import Change, Desk
    from desktop.views.case_flow import CaseFlow
    from desktop.views.case_list_page import CaseListPage
    from desktop.views.dashboard_page import DashboardPage
    from desktop.views.identity_dialog import IdentityDialog

log = logging.getLogger(__name__)

LayoutFunction = Callable[[Sop], Layout]

PAGE_FLOW = "alur"
PAGE_CASES = "pengaduan"
PAGE_DASHBOARD = "dasbor"


def _default_layout(sop: Sop) -> Layout:
    from desktop.flowchart.layout import layout_sop

    return layout_sop(sop)


class SopChooser(QComboBox):
    """The SOP list; when it opens, its list is at least as wide as its names need."""

    def showPopup(self) -> None:
        # Measured here rather than when filled: the first look at the list view makes
        # PySide6 load its item-view classes, which the first window need not wait for.
        view = self.view()
        view.setMinimumWidth(view.sizeHintForColumn(0) + 24)
        super().showPopup()


class ComingSoonPage(QLabel):
    """A clearly-labelled place for a feature of the next version."""

    def __init__(self, title: Callable[[], str], body: Callable[[], str], parent: QWidget) -> None:
        super().__init__(parent)
        self._title, self._body = title, body
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setWordWrap(True)
        self.setMargin(24)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setText(f"<h2>{self._title()}</h2><p>{self._body()}</p>")


class MainWindow(QMainWindow):
    """Shows the office SOPs as swimlanes; a step's details appear beside the chart.

    Given a ``desk`` and the signed-in ``user``, the complaint list and the dashboard fill the
    navigation pages; without them those pages say the feature is coming.

    Signals:
        sopChanged(str): the SOP shown is now this SOP id.
        stepSelected(str, str): the user selected a step (SOP id, step id).
    """

    sopChanged = Signal(str)
    stepSelected = Signal(str, str)

    def __init__(
        self,
        sops: Sequence[Sop],
        *,
        data_dir: Path,
        settings: QSettings,
        translations: Translations,
        layout_function: LayoutFunction = _default_layout,
        desk: Desk | None = None,
        user: User | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.sops = list(sops)
        self.desk = desk
        self.user = user
        self.data_dir = data_dir
        self.settings = settings
        self.translations = translations
        self._layout_function = layout_function
        self._layouts: dict[str, Layout] = {}
        self._current: Sop | None = None
        self._build_widgets()
        self._build_actions()
        self._build_menus_and_toolbar()
        self._connect_signals()
        self.case_page: CaseListPage | None = None
        self.dashboard_page: DashboardPage | None = None
        self.case_flow: CaseFlow | None = None
        if desk is not None and user is not None:
            self._install_case_pages(desk, user)
        self.retranslate_ui()
        self._fill_chooser()
        self._restore_state()

    # -- construction ----------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.pages = QTabWidget(self)
        self.pages.setObjectName("navigation")
        self.pages.setDocumentMode(True)
        self.swimlane = SwimlaneView(self)
        self.step_panel = StepPanel(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.swimlane)
        self.splitter.addWidget(self.step_panel)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([1000, 290])
        self.splitter.setChildrenCollapsible(False)
        self._page_keys: list[str] = []
        self._add_page(PAGE_FLOW, self.splitter)
        self._add_page(
            PAGE_CASES,
            ComingSoonPage(
                lambda: self.tr("Daftar Pengaduan"),
                lambda: self.tr(
                    "Segera hadir: pencatatan pengaduan. Pada versi berikutnya Anda dapat "
                    "mencatat pengaduan dari semua saluran dan melihat posisinya pada alur SOP."
                ),
                self,
            ),
        )
        self._add_page(
            PAGE_DASHBOARD,
            ComingSoonPage(
                lambda: self.tr("Dasbor"),
                lambda: self.tr(
                    "Segera hadir: dasbor tenggat. Pada versi berikutnya Anda dapat melihat "
                    "pengaduan yang jatuh tempo dan yang terlambat."
                ),
                self,
            ),
        )
        self.setCentralWidget(self.pages)
        self.status_sop = QLabel(self)
        self.status_data = QLabel(self)
        self.status_data.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addWidget(self.status_sop, 1)
        self.statusBar().addPermanentWidget(self.status_data)

    def _install_case_pages(self, desk: Desk, user: User) -> None:
        """Put the live complaint list and dashboard in the navigation pages."""
        from desktop.views.case_actions import CaseActions
        from desktop.views.case_flow import CaseFlow
        from desktop.views.case_list_page import CaseListPage
        from desktop.views.dashboard_page import DashboardPage

        self.case_actions = CaseActions(desk, user, self)
        self.case_page = CaseListPage(desk, user, self.case_actions, self)
        self.dashboard_page = DashboardPage(desk, self)
        self.case_flow = CaseFlow(self, self)
        self.set_page(PAGE_CASES, self.case_page)
        self.set_page(PAGE_DASHBOARD, self.dashboard_page)
        self.new_case_action.setEnabled(user.role.can_write)
        self.new_case_action.setVisible(user.role.can_write)
        self.new_case_action.triggered.connect(self._new_case)
        self.batch_print_action.setVisible(True)
        self.batch_print_action.triggered.connect(self.print_todays_dispositions)
        self.case_page.caseSelected.connect(self.case_flow.show_case)
        self.case_page.flowRequested.connect(lambda: self.show_page(PAGE_FLOW))
        self.case_page.message.connect(lambda text: self.statusBar().showMessage(text, 15000))
        self.case_actions.changed.connect(self._case_changed)
        self.dashboard_page.filterRequested.connect(self._show_filtered)
        from desktop.views.auto_close import AutoClose

        self.auto_close = AutoClose(desk, self.case_actions.changed.emit, self)
        from desktop.views.sync_panel import install_sync

        self.sync_hub = install_sync(self, desk, user)

    def _new_case(self) -> None:
        if self.case_page is not None:
            self.show_page(PAGE_CASES)
            self.case_page.case_actions.register()

    def print_todays_dispositions(self) -> QWidget | None:
        """Open the batch dialog for the disposition sheets of today's complaints."""
        if self.desk is None or self.user is None:
            return None
        from desktop.views.batch_print import BatchPrintDialog

        dialog = BatchPrintDialog(self.desk, self.user, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _case_changed(self, change: Change) -> None:
        if self.dashboard_page is not None:
            self.dashboard_page.refresh()

    def _show_filtered(self, arguments: dict[str, object]) -> None:
        if self.case_page is None:
            return
        self.case_page.apply_filter(
            status=str(arguments.get("status", "")),
            lane=str(arguments.get("lane", "")),
            overdue=bool(arguments.get("overdue", False)),
            due_today=bool(arguments.get("due_today", False)),
        )
        self.show_page(PAGE_CASES)

    def show_flow_of(self, sop: Sop, key: str) -> None:
        """Show ``sop`` (a case's pinned revision, cached under ``key``) on the swimlane."""
        if self._current is sop and self.swimlane.current_layout() is not None:
            return
        self._current = sop
        self.swimlane.set_layout(self.layout_of(sop, key))
        self.step_panel.show_step(sop, None)
        index = next(
            (
                n
                for n, known in enumerate(self.sops)
                if (known.id, known.revision) == (sop.id, sop.revision)
            ),
            -1,
        )
        if index >= 0:
            self.sop_chooser.blockSignals(True)
            self.sop_chooser.setCurrentIndex(index)
            self.sop_chooser.blockSignals(False)
        self.identity_action.setEnabled(True)
        self._update_title()
        self._update_status()

    def _add_page(self, key: str, widget: QWidget) -> None:
        self._page_keys.append(key)
        self.pages.addTab(widget, "")

    def _build_actions(self) -> None:
        self.new_case_action = QAction(self)
        self.new_case_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_case_action.setVisible(False)
        self.batch_print_action = QAction(self)
        self.batch_print_action.setObjectName("batch-print")
        self.batch_print_action.setVisible(False)
        self.identity_action = QAction(self)
        self.identity_action.setShortcut(QKeySequence("Ctrl+I"))
        self.quit_action = QAction(self)
        self.quit_action.setShortcuts(QKeySequence.StandardKey.Quit)
        self.about_action = QAction(self)
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self.language_group)
            action.setCheckable(True)
            action.setData(code)
            self.language_actions[code] = action
        self.language_actions[self.translations.language].setChecked(True)

    def _build_menus_and_toolbar(self) -> None:
        view = self.swimlane
        zoom_actions = [
            view.zoom_out_action,
            view.zoom_in_action,
            view.zoom_reset_action,
            view.fit_width_action,
        ]
        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addAction(self.new_case_action)
        self.file_menu.addAction(self.batch_print_action)
        self.file_menu.addAction(self.quit_action)
        self.view_menu = self.menuBar().addMenu("")
        self.view_menu.addAction(self.identity_action)
        self.view_menu.addSeparator()
        self.view_menu.addActions(zoom_actions)
        self.language_menu = self.menuBar().addMenu("")
        self.language_menu.addActions(list(self.language_actions.values()))
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addAction(self.about_action)

        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.sop_label = QLabel(self)
        self.sop_label.setContentsMargins(4, 0, 4, 0)
        self.sop_chooser = SopChooser(self)
        self.sop_chooser.setObjectName("sop-chooser")
        self.sop_chooser.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.sop_chooser.setMinimumContentsLength(30)
        self.sop_chooser.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.zoom_label = QLabel(self)
        self.zoom_label.setMinimumWidth(48)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.toolbar.addAction(self.new_case_action)
        self.toolbar.addWidget(self.sop_label)
        self.toolbar.addWidget(self.sop_chooser)
        self.toolbar.addAction(self.identity_action)
        self.toolbar.addSeparator()
        self.toolbar.addActions(zoom_actions)
        self.toolbar.addWidget(self.zoom_label)
        self.addToolBar(self.toolbar)

    def _connect_signals(self) -> None:
        self.sop_chooser.currentIndexChanged.connect(self._on_chooser_changed)
        self.swimlane.stepSelected.connect(self._on_step_selected)
        self.swimlane.zoomChanged.connect(self._show_zoom)
        self.step_panel.nextStepRequested.connect(
            lambda step_id: self.swimlane.select_step(step_id, notify=True)
        )
        self.identity_action.triggered.connect(self.show_identity)
        self.quit_action.triggered.connect(self.close)
        self.about_action.triggered.connect(self.show_about)
        self.language_group.triggered.connect(self._on_language_chosen)
        self.translations.languageChanged.connect(self._sync_language_actions)

    def _fill_chooser(self) -> None:
        self.sop_chooser.blockSignals(True)
        for sop in self.sops:
            self.sop_chooser.addItem(f"{sop.office} — {sop.title}", sop.id)
            self.sop_chooser.setItemData(
                self.sop_chooser.count() - 1,
                f"{sop.office}\n{sop.title}",
                Qt.ItemDataRole.ToolTipRole,
            )
        self.sop_chooser.blockSignals(False)

    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 720)
        last = self.settings.value("sop/last", "")
        index = self.sop_chooser.findData(last) if isinstance(last, str) and last else -1
        self.pages.setCurrentIndex(0)
        self.show_sop_at(max(index, 0))

    # -- language --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self._update_title()
        self.file_menu.setTitle(self.tr("&Berkas"))
        self.view_menu.setTitle(self.tr("&Tampilan"))
        self.language_menu.setTitle(self.tr("B&ahasa"))
        self.help_menu.setTitle(self.tr("Ba&ntuan"))
        self.quit_action.setText(self.tr("&Keluar"))
        self.new_case_action.setText(self.tr("&Pengaduan baru…"))
        self.batch_print_action.setText(self.tr("&Cetak Lembar Disposisi hari ini…"))
        self.batch_print_action.setToolTip(
            self.tr("Cetak lembar disposisi semua pengaduan yang diterima hari ini")
        )
        self.identity_action.setText(self.tr("Identitas SOP"))
        self.identity_action.setToolTip(
            self.tr("Nomor, tanggal, pengesahan dan dasar hukum SOP ini")
        )
        self.about_action.setText(self.tr("&Tentang Meja Pengaduan"))
        self.toolbar.setWindowTitle(self.tr("Bilah alat"))
        self.sop_label.setText(self.tr("SOP:"))
        self.sop_chooser.setToolTip(self.tr("Pilih SOP yang ditampilkan"))
        names = {
            PAGE_FLOW: self.tr("Alur SOP"),
            PAGE_CASES: self.tr("Daftar Pengaduan"),
            PAGE_DASHBOARD: self.tr("Dasbor"),
        }
        for index, key in enumerate(self._page_keys):
            self.pages.setTabText(index, names.get(key, key))
            if isinstance(self.pages.widget(index), ComingSoonPage):
                self.pages.setTabToolTip(index, self.tr("Segera hadir pada versi berikutnya"))
            else:
                self.pages.setTabToolTip(index, "")
        for index in range(self.pages.count()):
            page = self.pages.widget(index)
            if isinstance(page, ComingSoonPage):
                page.retranslate_ui()
        self._update_status()
        self._show_zoom(self.swimlane.zoom())

    def _on_language_chosen(self, action: QAction) -> None:
        code = str(action.data())
        self.translations.set_language(code)
        self.settings.setValue("ui/language", self.translations.language)

    def _sync_language_actions(self, code: str) -> None:
        self.language_actions[code].setChecked(True)

    # -- SOP and steps ---------------------------------------------------------------------

    def current_sop(self) -> Sop | None:
        return self._current

    def show_sop(self, sop_id: str) -> None:
        """Show the SOP with this id (as if chosen in the chooser)."""
        index = self.sop_chooser.findData(sop_id)
        if index < 0:
            raise KeyError(sop_id)
        self.show_sop_at(index)

    def show_sop_at(self, index: int) -> None:
        if self.sop_chooser.currentIndex() != index:
            self.sop_chooser.setCurrentIndex(index)  # re-enters through _on_chooser_changed
        else:
            self._on_chooser_changed(index)

    def _on_chooser_changed(self, index: int) -> None:
        sop = self.sops[index] if 0 <= index < len(self.sops) else None
        self._current = sop
        self.swimlane.set_step_styles({})
        self.swimlane.set_layout(self.layout_of(sop) if sop else None)
        self.step_panel.show_step(sop, None)
        self.identity_action.setEnabled(sop is not None)
        self._update_title()
        self._update_status()
        if sop is not None:
            self.settings.setValue("sop/last", sop.id)
            self.sopChanged.emit(sop.id)

    def layout_of(self, sop: Sop, key: str = "") -> Layout | None:
        """The screen layout of ``sop``, computed once; ``None`` if it cannot be drawn.

        ``key`` names the cached layout (default the SOP id; a case's pinned revision uses its
        digest so two revisions of one SOP never share a layout).
        """
        key = key or sop.id
        if key not in self._layouts:
            try:
                self._layouts[key] = self._layout_function(sop)
            except Exception as error:  # a layout bug must not take the window down
                log.exception("Bagan SOP %s tidak dapat disusun", sop.id)
                QMessageBox.warning(
                    self,
                    self.tr("Bagan tidak dapat digambar"),
                    self.tr(
                        "Bagan SOP \u201c%1\u201d tidak dapat digambar (%2). Rincian tercatat di "
                        "berkas log; laporkan kepada pengelola aplikasi."
                    )
                    .replace("%1", sop.title)
                    .replace("%2", str(error)),
                )
                return None
        return self._layouts[key]

    def _on_step_selected(self, step_id: str) -> None:
        if self._current is None:
            return
        self.step_panel.show_step(self._current, step_id)
        self.stepSelected.emit(self._current.id, step_id)

    def show_identity(self) -> IdentityDialog | None:
        """Open the identity dialog of the SOP shown (non-modal); returns it."""
        if self._current is None:
            return None
        from desktop.views.identity_dialog import IdentityDialog

        dialog = IdentityDialog(self._current, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Tentang Meja Pengaduan"),
            "<h3>{}</h3><p>{}</p><p>{}</p>".format(
                APP_NAME,
                self.tr("Versi %1").replace("%1", __version__),
                self.tr(
                    "Penanganan pengaduan masyarakat sesuai SOP kantor (Permenpan RB 35/2012), "
                    "tanpa internet."
                ),
            ),
        )

    # -- pages -----------------------------------------------------------------------------

    def set_page(self, key: str, widget: QWidget) -> None:
        """Replace a navigation page (e.g. ``"pengaduan"``) with a real widget."""
        index = self._page_keys.index(key)
        old = self.pages.widget(index)
        text = self.pages.tabText(index)
        self.pages.removeTab(index)
        self.pages.insertTab(index, widget, text)
        if old is not None:
            old.deleteLater()

    def show_page(self, key: str) -> None:
        self.pages.setCurrentIndex(self._page_keys.index(key))

    def current_page_key(self) -> str:
        return self._page_keys[self.pages.currentIndex()]

    # -- status ----------------------------------------------------------------------------

    def _update_title(self) -> None:
        office = self._current.office if self._current else ""
        self.setWindowTitle(f"{APP_NAME} — {office}" if office else APP_NAME)

    def _update_status(self) -> None:
        sop = self._current
        if sop is None:
            self.status_sop.setText(self.tr("Belum ada SOP yang dimuat."))
        else:
            self.status_sop.setText(
                self.tr("%1 — %2 langkah, %3 pelaksana")
                .replace("%1", sop.title)
                .replace("%2", str(len(sop.steps)))
                .replace("%3", str(len(sop.lanes)))
            )
        self.status_data.setText(self.tr("Folder data: %1").replace("%1", str(self.data_dir)))

    def _show_zoom(self, zoom: float) -> None:
        self.zoom_label.setText(f"{round(zoom * 100)}%")
        self.zoom_label.setToolTip(self.tr("Perbesaran (100% = ukuran cetak)"))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.sync()
        super().closeEvent(event)
