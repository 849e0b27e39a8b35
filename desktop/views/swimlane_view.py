"""The SOP swimlane on screen: a scene built from the layout, one item per step box.

The table, arrows and connectors are painted by one background item per page; each step box is
its own item so it can react to the mouse (hover, click). Paint code is shared with the PNG and
PDF exports through :mod:`desktop.views.swimlane_painter`.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneHoverEvent,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from desktop.flowchart.geometry import Layout, Page, StepBox
from desktop.views.swimlane_painter import (
    HOVER_STYLE,
    PAPER,
    PLAIN,
    SELECTED_STYLE,
    StepStyle,
    paint_box,
    paint_static,
)

PAGE_GAP = 24.0
SCENE_MARGIN = 12.0
MIN_ZOOM = 0.25
MAX_ZOOM = 4.0
ZOOM_STEP = 1.25


class PageItem(QGraphicsItem):
    """Table cells, row tints, arrows and off-page connectors of one page."""

    def __init__(self, page: Page, styles: Mapping[str, StepStyle]) -> None:
        super().__init__()
        self.page = page
        self.styles = styles
        self.setZValue(0)

    def boundingRect(self) -> QRectF:
        return QRectF(-2.0, -2.0, self.page.width + 4.0, self.page.height + 4.0)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        paint_static(painter, self.page, self.styles)


class StepItem(QGraphicsItem):
    """One step box (or a ghost of it in another lane) that highlights on hover."""

    def __init__(self, box: StepBox) -> None:
        super().__init__()
        self.box = box
        self.base_style: StepStyle = PLAIN
        self.hovered = False
        self.selected = False
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(2 if not box.ghost else 1)

    @property
    def step_id(self) -> str:
        return self.box.step_id

    def style(self) -> StepStyle:
        """The case-state style with selection and hover laid over it."""
        style = self.base_style
        if self.selected:
            style = SELECTED_STYLE.over(style)
        if self.hovered:
            style = HOVER_STYLE.over(style)
        return style

    def box_rect(self) -> QRectF:
        """The symbol's rectangle in item coordinates."""
        rect = self.box.rect
        return QRectF(rect.x, rect.y, rect.w, rect.h)

    def boundingRect(self) -> QRectF:
        return self.box_rect().adjusted(-2.0, -2.0, 2.0, 2.0)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        paint_box(painter, self.box, self.style())

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.hovered = True
        self.update()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.hovered = False
        self.update()
        super().hoverLeaveEvent(event)


class SwimlaneView(QGraphicsView):
    """Shows a continuous SOP layout; a click on a step (box or table row) selects it.

    Zoom is relative to the printed size: 100 % shows the chart as large as on paper.
    While "fit to width" is on, resizing the window keeps the chart as wide as the view.

    Signals:
        stepSelected(str): the user selected a step (its id); emitted on every click on a step.
        zoomChanged(float): the zoom factor changed (1.0 = printed size).
    """

    stepSelected = Signal(str)
    zoomChanged = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The same plain widget Qt would make, but made here: PySide6 wraps a viewport that
        # C++ made only after loading every widget class it could be (~15 ms at start-up).
        self.setViewport(QWidget())
        self.setScene(QGraphicsScene(self))
        self.setBackgroundBrush(QColor("#ffffff"))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setMouseTracking(True)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self._layout: Layout | None = None
        self._pages: list[tuple[float, Page, PageItem]] = []
        self._step_items: dict[str, list[StepItem]] = {}
        self._styles: dict[str, StepStyle] = {}
        self._selected: str | None = None
        self._zoom = 1.0
        self._fit_width = True
        self._create_actions()
        self.retranslate_ui()

    # -- actions ---------------------------------------------------------------------------

    def _create_actions(self) -> None:
        self.zoom_in_action = QAction(self)
        self.zoom_in_action.setShortcuts(QKeySequence.StandardKey.ZoomIn)
        self.zoom_in_action.triggered.connect(self.zoom_in)
        self.zoom_out_action = QAction(self)
        self.zoom_out_action.setShortcuts(QKeySequence.StandardKey.ZoomOut)
        self.zoom_out_action.triggered.connect(self.zoom_out)
        self.zoom_reset_action = QAction(self)
        self.zoom_reset_action.setShortcut(QKeySequence("Ctrl+0"))
        self.zoom_reset_action.triggered.connect(self.zoom_reset)
        self.fit_width_action = QAction(self)
        self.fit_width_action.setShortcut(QKeySequence("Ctrl+9"))
        self.fit_width_action.triggered.connect(self.fit_width)
        self.addActions(
            [
                self.zoom_in_action,
                self.zoom_out_action,
                self.zoom_reset_action,
                self.fit_width_action,
            ]
        )

    def retranslate_ui(self) -> None:
        self.zoom_in_action.setText(self.tr("Perbesar"))
        self.zoom_in_action.setToolTip(self.tr("Perbesar bagan (Ctrl+roda tetikus)"))
        self.zoom_out_action.setText(self.tr("Perkecil"))
        self.zoom_out_action.setToolTip(self.tr("Perkecil bagan (Ctrl+roda tetikus)"))
        self.zoom_reset_action.setText(self.tr("Ukuran cetak (100%)"))
        self.zoom_reset_action.setToolTip(self.tr("Tampilkan bagan seukuran hasil cetak"))
        self.fit_width_action.setText(self.tr("Sesuaikan lebar"))
        self.fit_width_action.setToolTip(self.tr("Tampilkan seluruh lebar bagan"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- content ---------------------------------------------------------------------------

    def set_layout(self, layout: Layout | None) -> None:
        """Show ``layout`` (its pages stacked top to bottom); ``None`` empties the view."""
        scene = self.scene()
        scene.clear()
        self._layout = layout
        self._pages = []
        self._step_items = {}
        self._selected = None
        if layout is None:
            scene.setSceneRect(QRectF())
            return
        top = 0.0
        width = 0.0
        for page in layout.pages:
            page_item = PageItem(page, self._styles)
            page_item.setPos(0.0, top)
            scene.addItem(page_item)
            self._pages.append((top, page, page_item))
            for box in page.boxes:
                item = StepItem(box)
                item.setPos(0.0, top)
                item.base_style = self._styles.get(box.step_id, PLAIN)
                scene.addItem(item)
                self._step_items.setdefault(box.step_id, []).append(item)
            top += page.height + PAGE_GAP
            width = max(width, page.width)
        height = top - PAGE_GAP
        scene.setSceneRect(
            QRectF(0.0, 0.0, width, height).adjusted(
                -SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN
            )
        )
        if self._fit_width:
            self.fit_width()
        self.ensureVisible(QRectF(0.0, 0.0, 1.0, 1.0))

    def current_layout(self) -> Layout | None:
        return self._layout

    def set_step_styles(self, styles: Mapping[str, StepStyle]) -> None:
        """Colour steps, e.g. by a case's progress; hover and selection are drawn on top."""
        self._styles.clear()
        self._styles.update(styles)
        for step_id, items in self._step_items.items():
            for item in items:
                item.base_style = self._styles.get(step_id, PLAIN)
                item.update()
        self._refresh_rows()

    def step_items(self, step_id: str) -> list[StepItem]:
        """The items drawing ``step_id``: its box first, then any ghosts."""
        return sorted(self._step_items.get(step_id, []), key=lambda item: item.box.ghost)

    def step_scene_rect(self, step_id: str) -> QRectF:
        """Scene rectangle of the step's own (non-ghost) box."""
        item = self.step_items(step_id)[0]
        return item.mapRectToScene(item.box_rect())

    @property
    def selected_step(self) -> str | None:
        return self._selected

    def select_step(self, step_id: str | None, *, notify: bool = False) -> None:
        """Mark ``step_id`` as selected (``None`` clears) and keep its box in view."""
        if step_id is not None and step_id not in self._step_items:
            step_id = None
        self._selected = step_id
        for sid, items in self._step_items.items():
            for item in items:
                if item.selected != (sid == step_id):
                    item.selected = sid == step_id
                    item.update()
        self._refresh_rows()
        if step_id is not None:
            self.ensureVisible(self.step_scene_rect(step_id), 24, 24)
            if notify:
                self.stepSelected.emit(step_id)

    def _refresh_rows(self) -> None:
        row_styles = dict(self._styles)
        if self._selected is not None:
            row_styles[self._selected] = SELECTED_STYLE.over(row_styles.get(self._selected, PLAIN))
        for _, _, page_item in self._pages:
            page_item.styles = row_styles
            page_item.update()

    def step_at(self, scene_pos: QPointF) -> str | None:
        """The step whose box, or else whose table row, is under ``scene_pos``."""
        for item in self.scene().items(scene_pos):
            if isinstance(item, StepItem):
                return item.step_id
        for top, page, _ in self._pages:
            x, y = scene_pos.x(), scene_pos.y() - top
            for step_id, row in page.step_rows.items():
                if row.x <= x <= row.right and row.y <= y <= row.bottom:
                    return step_id
        return None

    # -- mouse -----------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            step_id = self.step_at(self.mapToScene(event.position().toPoint()))
            if step_id is not None:
                self.select_step(step_id, notify=True)
                event.accept()
                return
        super().mousePressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_zoom(self._zoom * ZOOM_STEP**steps)
            event.accept()
            return
        super().wheelEvent(event)

    # -- zoom ------------------------------------------------------------------------------

    def _points_to_pixels(self) -> float:
        return self.logicalDpiX() / 72.0

    def zoom(self) -> float:
        """Current zoom, 1.0 being the printed size."""
        return self._zoom

    def set_zoom(self, zoom: float, *, keep_fit: bool = False) -> None:
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        self._fit_width = keep_fit
        if abs(zoom - self._zoom) < 1e-6 and not self.transform().isIdentity():
            return
        self._zoom = zoom
        scale = zoom * self._points_to_pixels()
        self.setTransform(QTransform.fromScale(scale, scale))
        self.zoomChanged.emit(zoom)

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom / ZOOM_STEP)

    def zoom_reset(self) -> None:
        self.set_zoom(1.0)

    def fit_width(self) -> None:
        """Zoom so the whole width of the chart fits the view; stays on while resizing."""
        width = self.sceneRect().width()
        if width <= 0:
            self._fit_width = True
            return
        available = self.viewport().width() - 2
        self.set_zoom(available / (width * self._points_to_pixels()), keep_fit=True)

    def is_fit_width(self) -> bool:
        return self._fit_width

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit_width:
            self.fit_width()

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        painter.fillRect(rect, PAPER)
