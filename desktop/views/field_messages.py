"""Form rows that can show a problem right under their field.

The domain raises :class:`~desktop.models.problems.InputError` with a message per field name;
a form built with :class:`FieldForm` shows each message under the field it belongs to, so a
clerk sees what to fix where they type it, and any message without a field at the bottom.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

ERROR_STYLE = "color: #b3261e;"
"""Dark red that stays readable on the light grey of old Windows themes."""


def error_label(parent: QWidget) -> QLabel:
    """A word-wrapped, selectable label for problem messages (empty and hidden at first)."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


@dataclass(slots=True)
class _Row:
    widget: QWidget
    message: QLabel


class FieldForm(QFormLayout):
    """A :class:`QFormLayout` whose fields carry a name and a hidden message below them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: dict[str, _Row] = {}

    def add_field(self, name: str, label: str, widget: QWidget, *, narrow: bool = False) -> QLabel:
        """Add ``widget`` under ``label`` (an ``&`` gives it a shortcut); returns the label.

        A ``narrow`` widget keeps its own width instead of filling the row.
        """
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if narrow:
            column.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            column.addWidget(widget)
        message = error_label(box)
        column.addWidget(message)
        self.addRow(label, box)
        field_label = self.labelForField(box)
        assert isinstance(field_label, QLabel)
        field_label.setBuddy(widget)
        self._rows[name] = _Row(widget, message)
        return field_label

    def names(self) -> set[str]:
        return set(self._rows)

    def widget_of(self, name: str) -> QWidget:
        return self._rows[name].widget

    def message(self, name: str) -> str:
        """The problem shown under field ``name`` ("" when none)."""
        row = self._rows[name]
        return row.message.text() if not row.message.isHidden() else ""

    def show_problems(self, problems: Mapping[str, str]) -> dict[str, str]:
        """Show each problem at its field and focus the first; returns those with no field here."""
        self.clear_problems()
        first: QWidget | None = None
        rest: dict[str, str] = {}
        for name, text in problems.items():
            row = self._rows.get(name)
            if row is None:
                rest[name] = text
                continue
            row.message.setText(text)
            row.message.show()
            first = first or row.widget
        if first is not None:
            first.setFocus()
        return rest

    def clear_problems(self) -> None:
        for row in self._rows.values():
            row.message.clear()
            row.message.hide()
