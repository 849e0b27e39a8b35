"""Entry script of the frozen app: the same ``main`` as ``python -m desktop``.

A windowed Windows executable starts without a console, so a command such as ``--selftest``
typed in ``cmd`` would print nothing; when there is no standard output, the text goes to the
console the command was typed in, if any.
"""

from __future__ import annotations

import sys


def _attach_parent_console() -> None:
    if sys.platform != "win32" or sys.stdout is not None or len(sys.argv) < 2:
        return
    import ctypes

    attach_parent_process = -1
    if not ctypes.windll.kernel32.AttachConsole(attach_parent_process):
        return
    sys.stdout = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
    sys.stderr = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115


if __name__ == "__main__":
    _attach_parent_console()
    from desktop.__main__ import main

    main()
