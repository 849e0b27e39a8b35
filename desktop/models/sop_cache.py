"""The bundled SOP templates at start-up, from a JSON copy of their parsed YAML when current.

Importing the YAML parser and parsing every bundled template was a sizeable part of the time
to the first window, yet those templates change only with an update. So the data parsed from
each is kept in the data folder beside the exact text it came from. An entry is used only
while that text is still the file's text (a stale entry is never used), and its data is built
and checked like freshly parsed data. Anything else (no copy, a broken copy, an entry that no
longer fits) parses the template as before and rewrites the copy. Files the user adds are
always parsed, so their messages keep their line numbers.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.models.sop import Sop
from desktop.models.sop_loader import (
    bundled_template_files,
    parse_sop_text,
    read_sop_file,
    sop_from_data,
)

CACHE_FILE = "sop-templates.json"
_FORMAT = 1

Entries = dict[str, dict[str, Any]]


def load_bundled_cached(cache_dir: Path) -> list[Sop]:
    """Every bundled template, equal to what :func:`sop_loader.load_bundled` returns.

    Raises:
        SopError: a bundled template is broken (a packaging bug).
    """
    path = cache_dir / CACHE_FILE
    stored = _read(path)
    current: Entries = {}
    sops: list[Sop] = []
    for template in bundled_template_files():
        text = read_sop_file(template)
        entry = stored.get(template.name)
        sop = sop_from_data(entry["data"]) if entry and entry.get("text") == text else None
        if sop is None:
            data, sop = parse_sop_text(text, str(template))
            entry = {"text": text, "data": data} if _survives_json(data, sop) else None
        if entry is not None:
            current[template.name] = entry
        sops.append(sop)
    if current != stored:
        _write(path, current)
    return sops


def _survives_json(data: dict[str, Any], sop: Sop) -> bool:
    """Whether ``data`` read back from JSON builds exactly ``sop`` (YAML has richer types)."""
    try:
        return sop_from_data(json.loads(json.dumps(data))) == sop
    except (TypeError, ValueError):
        return False


def _read(path: Path) -> Entries:
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    if (
        not isinstance(stored, dict)
        or stored.get("format") != _FORMAT
        or stored.get("version") != __version__
        or not isinstance(stored.get("templates"), dict)
    ):
        return {}
    return {name: entry for name, entry in stored["templates"].items() if isinstance(entry, dict)}


def _write(path: Path, entries: Entries) -> None:
    stored = {"format": _FORMAT, "version": __version__, "templates": entries}
    # Written whole then renamed, so another start never reads half a file.
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_text(json.dumps(stored, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, path)
    except OSError:
        # Without a copy the next start parses the templates again; nothing else is lost.
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
