"""Puts the selected case on the swimlane: its SOP revision, steps done, the current step."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject

from desktop.models.desk import CaseDetail
from desktop.models.sop import Sop
from desktop.models.vocabulary import CaseStatus
from desktop.views.case_list_model import DATE_TIME
from desktop.views.swimlane_painter import STATE_STYLES, StepState, StepStyle
from desktop.views.swimlane_view import SwimlaneView


class FlowWindow(Protocol):
    swimlane: SwimlaneView

    def show_flow_of(self, sop: Sop, key: str) -> None: ...


def step_states(detail: CaseDetail) -> dict[str, StepState]:
    """Each step the case passed is done; the current one is running or overdue."""
    states = {done.step_id: StepState.DONE for done in detail.state.steps_done}
    current = detail.state.current_step_id
    if current and detail.state.status is not CaseStatus.CLOSED:
        states[current] = StepState.OVERDUE if detail.overdue else StepState.CURRENT
    return states


class CaseFlow(QObject):
    """Colours the window's swimlane by the case shown on the list page."""

    def __init__(self, window: FlowWindow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.detail: CaseDetail | None = None

    def show_case(self, detail: CaseDetail | None) -> None:
        """Show ``detail`` on its pinned SOP revision; ``None`` removes the colours."""
        self.detail = detail
        view = self.window.swimlane
        if detail is None:
            view.set_step_styles({})
            self._set_tooltips({})
            return
        self.window.show_flow_of(detail.sop, detail.state.sop_digest)
        states = step_states(detail)
        styles: dict[str, StepStyle] = {key: STATE_STYLES[state] for key, state in states.items()}
        view.set_step_styles(styles)
        self._set_tooltips(self._tooltips(detail, states))

    def _tooltips(self, detail: CaseDetail, states: dict[str, StepState]) -> dict[str, str]:
        tips: dict[str, str] = {}
        number = detail.state.nomor_agenda
        for done in detail.state.steps_done:
            text = self.tr("%1: selesai %2").replace("%1", number)
            text = text.replace("%2", done.done_at.strftime(DATE_TIME))
            if done.branch:
                text += "\n" + self.tr("Cabang yang diambil: %1").replace("%1", done.branch)
            tips[done.step_id] = text
        current = detail.state.current_step_id
        if states.get(current) in (StepState.CURRENT, StepState.OVERDUE):
            text = self.tr("%1: langkah saat ini").replace("%1", number)
            if detail.state.due_at is not None:
                text += "\n" + self.tr("Batas waktu: %1").replace(
                    "%1", detail.state.due_at.strftime(DATE_TIME)
                )
            if states[current] is StepState.OVERDUE:
                text += "\n" + self.tr("TERLAMBAT")
            tips[current] = text
        return tips

    def _set_tooltips(self, tips: dict[str, str]) -> None:
        view = self.window.swimlane
        layout = view.current_layout()
        if layout is None:
            return
        for page in layout.pages:
            for box in page.boxes:
                for item in view.step_items(box.step_id):
                    item.setToolTip(tips.get(box.step_id, ""))
