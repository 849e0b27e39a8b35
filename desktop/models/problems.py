"""Errors a user can cause, each with the field it belongs to and an Indonesian message."""

from __future__ import annotations


class InputError(ValueError):
    """Input that cannot be saved; nothing was written.

    ``problems`` maps a field name (as the form calls it) to what to do about it, so a dialog
    can show each message at its field.
    """

    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = dict(problems)
        super().__init__("; ".join(self.problems.values()))

    @classmethod
    def single(cls, field: str, message: str) -> InputError:
        return cls({field: message})


class NotAllowedError(PermissionError):
    """An action the SOP, the case's state or the user's role does not allow (Indonesian)."""
