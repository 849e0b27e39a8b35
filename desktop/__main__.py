"""``python -m desktop`` and the ``meja-pengaduan`` console script."""

from __future__ import annotations

import sys

from desktop.cli import main as _cli_main


def main() -> None:
    sys.exit(_cli_main())


if __name__ == "__main__":
    main()
