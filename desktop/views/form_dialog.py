"""A keyboard-first dialog that runs one desk operation and shows its complaints at the fields.

Each subclass lays out its fields with :meth:`FormDialog.add_field` (which puts a red message
line under the field) and implements :meth:`FormDialog.run`, calling one desk operation. An
``InputError`` puts each message under its field and keeps the dialog open; a
``NotAllowedError`` is shown in a message box. The desk writes nothing on either, so the
dialog can simply be corrected and saved again.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.models.desk import Change
from desktop.models.problems import InputError, NotAllowedError

ERROR_STYLE = "color: #b00020;"


def error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def plain_text_edit(parent: QWidget, lines: int = 4) -> QPlainTextEdit:
    """A multi-line box where Tab moves to the next field instead of typing a tab."""
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


class FormDialog(QDialog):
    """Base of the case dialogs: fields with messages, Simpan/Batal, Ctrl+Enter to save.

    After a successful save ``change`` holds what the desk changed and the dialog is accepted.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.change: Change | None = None
        self._errors: dict[str, tuple[QFormLayout, QLabel]] = {}
        self.outer = QVBoxLayout(self)
        self.general_error = error_label(self)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Simpan"))
        self.save_button.setToolTip(self.tr("Simpan (Ctrl+Enter)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.submit)

    def finish_layout(self) -> None:
        """Add the general message line and the buttons below the fields."""
        if self.form.parent() is None:
            self.outer.insertLayout(0, self.form)
        self.outer.addWidget(self.general_error)
        self.outer.addWidget(self.buttons)

    def add_field(
        self, key: str, label: str, widget: QWidget, form: QFormLayout | None = None
    ) -> QLabel:
        """Add a labelled field with its (hidden) message line; returns the label."""
        form = form or self.form
        label_widget = QLabel(label, self)
        label_widget.setBuddy(widget)
        form.addRow(label_widget, widget)
        self.add_error(key, form)
        return label_widget

    def add_error(self, key: str, form: QFormLayout | None = None) -> QLabel:
        """Add a message line for ``key`` at this point of the form."""
        form = form or self.form
        message = error_label(self)
        message.setObjectName(f"error-{key}")
        form.addRow("", message)
        form.setRowVisible(message, False)
        self._errors[key] = (form, message)
        return message

    def error_text(self, key: str) -> str:
        """The message shown at a field ('' if none); tests read what the user reads."""
        if key not in self._errors:
            return ""
        label = self._errors[key][1]
        return label.text() if not label.isHidden() else ""

    def general_error_text(self) -> str:
        return "" if self.general_error.isHidden() else self.general_error.text()

    def clear_problems(self) -> None:
        for form, label in self._errors.values():
            label.clear()
            form.setRowVisible(label, False)
        self.general_error.clear()
        self.general_error.hide()

    def show_problems(self, problems: dict[str, str]) -> None:
        self.clear_problems()
        general = []
        for key, text in problems.items():
            if key not in self._errors:
                general.append(text)
                continue
            form, label = self._errors[key]
            label.setText(text)
            form.setRowVisible(label, True)
        if general:
            self.general_error.setText("\n".join(general))
            self.general_error.show()

    def submit(self) -> None:
        """Run the operation; on success keep its change and close, else show why not."""
        try:
            change = self.run()
        except InputError as error:
            self.show_problems(error.problems)
            return
        except NotAllowedError as error:
            QMessageBox.warning(self, self.tr("Tidak dapat disimpan"), str(error))
            return
        if change is None:
            return
        self.change = change
        self.accept()

    def run(self) -> Change | None:
        """Call the desk operation; return its change (``None`` means the user backed out)."""
        raise NotImplementedError


def lines_from(edit: QPlainTextEdit) -> str:
    return edit.toPlainText().strip()
