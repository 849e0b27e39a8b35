"""A yes/no question whose buttons say what they do, in the interface language.

Qt's standard Yes/No buttons stay English unless Qt's own catalogue ships with the app;
buttons named for their action ("Nonaktifkan", "Batal") are also clearer to a clerk.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def ask(parent: QWidget | None, title: str, text: str, *, proceed: str, stay: str) -> bool:
    """Ask ``text``; True when the clerk chose ``proceed`` (``stay`` is the safe default)."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    yes = box.addButton(proceed, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(stay, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes
