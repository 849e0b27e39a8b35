"""Read SOP templates from YAML and explain every mistake by file, line and field.

A clerk or an IT person edits these files by hand, so a mistake must come back as a message
they can act on ("baris 23, steps[4].lane: lajur 'kabid' tidak dikenal ..."), never as a
traceback. Structural checks (types, required fields) come first; graph checks (where
``next`` leads) only run on a template that is structurally sound.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.models.records import RecordError, build
from desktop.models.sop import Sop, Symbol

if TYPE_CHECKING:
    import yaml

FieldPath = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class SopProblem:
    """One mistake in a template; ``line`` is 1-based, ``None`` when no line applies."""

    file: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return (
            f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
        )


class SopError(Exception):
    """A template that cannot be used, with every problem found in it."""

    def __init__(self, problems: Iterable[SopProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))


def field_name(path: FieldPath) -> str:
    """``("steps", 3, "lane")`` -> ``"steps[3].lane"``."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


class _LineMap:
    """Line of every mapping key and sequence item, keyed by field path."""

    def __init__(self) -> None:
        self.lines: dict[FieldPath, int] = {}
        self.duplicates: list[tuple[FieldPath, int]] = []

    def walk(self, node: yaml.Node, path: FieldPath = ()) -> None:
        import yaml

        self.lines.setdefault(path, node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            seen: set[str] = set()
            for key_node, value_node in node.value:
                key = str(key_node.value)
                child = (*path, key)
                if key in seen:
                    self.duplicates.append((child, key_node.start_mark.line + 1))
                seen.add(key)
                self.lines[child] = key_node.start_mark.line + 1
                self.walk(value_node, child)
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                self.walk(item, (*path, index))

    def line_of(self, path: FieldPath) -> int | None:
        """The line of ``path`` or, when the field is missing, of its nearest present parent."""
        for end in range(len(path), -1, -1):
            line = self.lines.get(path[:end])
            if line is not None:
                return line
        return None


def _yaml_problem(name: str, error: yaml.YAMLError) -> SopProblem:
    mark = getattr(error, "problem_mark", None)
    line = mark.line + 1 if mark is not None else None
    problem = getattr(error, "problem", None) or str(error)
    return SopProblem(name, line, "", f"YAML tidak valid: {problem}")


def _check_graph(sop: Sop) -> Iterator[tuple[FieldPath, str]]:
    lane_ids = [lane.id for lane in sop.lanes]
    step_ids = [step.id for step in sop.steps]
    for index, lane_id in enumerate(lane_ids):
        if lane_ids.index(lane_id) != index:
            yield ("lanes", index, "id"), f"id lajur '{lane_id}' dipakai dua kali"
    for index, step_id in enumerate(step_ids):
        if step_ids.index(step_id) != index:
            yield ("steps", index, "id"), f"id langkah '{step_id}' dipakai dua kali"
    known_lanes = ", ".join(lane_ids)
    known_steps = set(step_ids)
    for index, step in enumerate(sop.steps):
        if step.lane not in lane_ids:
            yield (
                ("steps", index, "lane"),
                f"lajur '{step.lane}' tidak dikenal; lajur yang ada: {known_lanes}",
            )
        for other_index, other in enumerate(step.also_lanes):
            if other not in lane_ids:
                yield (
                    ("steps", index, "also_lanes", other_index),
                    f"lajur '{other}' tidak dikenal; lajur yang ada: {known_lanes}",
                )
        for branch_index, branch in enumerate(step.next):
            if branch.to not in known_steps:
                yield (
                    ("steps", index, "next", branch_index, "to"),
                    f"langkah tujuan '{branch.to}' tidak ada di SOP ini",
                )
        if step.symbol is Symbol.DECISION:
            if len(step.next) < 2:
                yield (
                    ("steps", index, "next"),
                    f"langkah keputusan '{step.id}' harus punya paling sedikit dua cabang "
                    "(misalnya 'lengkap' dan 'tidak lengkap')",
                )
            for branch_index, branch in enumerate(step.next):
                if not branch.label:
                    yield (
                        ("steps", index, "next", branch_index, "label"),
                        f"cabang keputusan '{step.id}' -> '{branch.to}' perlu label",
                    )
        elif len(step.next) > 1:
            yield (
                ("steps", index, "next"),
                f"hanya langkah keputusan (symbol: decision) yang boleh bercabang; "
                f"'{step.id}' punya {len(step.next)} tujuan",
            )
    for kind in ("deadlines", "pause_rules"):
        for index, rule in enumerate(getattr(sop, kind)):
            if rule.starts_at is not None and rule.starts_at not in known_steps:
                yield (
                    (kind, index, "starts_at"),
                    f"langkah '{rule.starts_at}' tidak ada di SOP ini",
                )


def _successors(sop: Sop) -> dict[str, list[str]]:
    known = {step.id for step in sop.steps}
    return {step.id: [b.to for b in step.next if b.to in known] for step in sop.steps}


def _check_flow(sop: Sop) -> Iterator[tuple[FieldPath, str]]:
    """Reachability and loops; run only when every ``next`` resolves."""
    successors = _successors(sop)
    reached = {sop.first_step.id}
    frontier = [sop.first_step.id]
    while frontier:
        for target in successors[frontier.pop()]:
            if target not in reached:
                reached.add(target)
                frontier.append(target)
    for index, step in enumerate(sop.steps):
        if step.id not in reached:
            yield (
                ("steps", index, "id"),
                f"langkah '{step.id}' tidak pernah dicapai dari langkah pertama "
                f"'{sop.first_step.id}'; tambahkan ke 'next' langkah sebelumnya",
            )
    decisions = {step.id for step in sop.steps if step.symbol is Symbol.DECISION}
    cycle = _cycle_without(successors, decisions)
    if cycle:
        index = sop.step_index(cycle[0])
        yield (
            ("steps", index, "next"),
            "alur berputar tanpa langkah keputusan: "
            + " -> ".join([*cycle, cycle[0]])
            + "; sebuah putaran harus melewati langkah keputusan",
        )


def _cycle_without(successors: dict[str, list[str]], excluded: set[str]) -> list[str] | None:
    """A cycle that avoids every ``excluded`` node, or ``None`` (iterative DFS)."""
    state: dict[str, int] = {}  # 1 = on the stack, 2 = done
    for root, children_of_root in successors.items():
        if root in excluded or root in state:
            continue
        stack: list[tuple[str, Iterator[str]]] = [(root, iter(children_of_root))]
        path = [root]
        state[root] = 1
        while stack:
            node, children = stack[-1]
            child = next((c for c in children if c not in excluded), None)
            if child is None:
                state[node] = 2
                stack.pop()
                path.pop()
            elif state.get(child) == 1:
                return path[path.index(child) :]
            elif child not in state:
                state[child] = 1
                stack.append((child, iter(successors[child])))
                path.append(child)
    return None


def _checked(data: dict[str, Any]) -> tuple[Sop | None, list[tuple[FieldPath, str]]]:
    """The SOP built from parsed template ``data`` (None if it cannot be built) and its problems."""
    try:
        sop = build(Sop, data)
    except RecordError as error:
        return None, error.problems
    return sop, list(_check_graph(sop)) or list(_check_flow(sop))


def sop_from_data(data: object) -> Sop | None:
    """The SOP from already-parsed template data, or None when the data has any problem."""
    if not isinstance(data, dict):
        return None
    sop, problems = _checked(data)
    return None if problems else sop


def load_sop_text(text: str, name: str) -> Sop:
    """Parse and validate template ``text``; ``name`` is what messages call the file.

    Raises:
        SopError: every problem found, each with line and field.
    """
    return parse_sop_text(text, name)[1]


def parse_sop_text(text: str, name: str) -> tuple[dict[str, Any], Sop]:
    """Like :func:`load_sop_text`, also returning the parsed data the SOP was built from."""
    # Imported here: a start that finds every bundled template cached never needs the parser.
    import yaml

    # The C parser when PyYAML was built with libyaml.
    loader_class: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as error:
        raise SopError([_yaml_problem(name, error)]) from None
    finally:
        loader.dispose()
    if not isinstance(data, dict) or node is None:
        raise SopError([SopProblem(name, 1, "", "berkas SOP harus berisi kumpulan kolom YAML")])
    lines = _LineMap()
    lines.walk(node)
    problems = [
        SopProblem(name, line, field_name(path), "kolom ini ditulis dua kali")
        for path, line in lines.duplicates
    ]
    sop, found = _checked(data)
    problems += [
        SopProblem(name, lines.line_of(path), field_name(path), message) for path, message in found
    ]
    if problems or sop is None:
        raise SopError(problems)
    return data, sop


def load_sop(path: Path | Traversable) -> Sop:
    """Load one template file; unreadable files become an :class:`SopError` too."""
    return load_sop_text(read_sop_file(path), str(path))


def read_sop_file(path: Path | Traversable) -> str:
    """The text of one template file; unreadable files become an :class:`SopError`."""
    name = str(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise SopError(
            [SopProblem(name, None, "", f"berkas tidak dapat dibaca: {error}")]
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise SopError(
            [SopProblem(name, line, "", "berkas bukan teks UTF-8; simpan ulang sebagai UTF-8")]
        ) from None
    return text


def bundled_template_files() -> list[Traversable]:
    """The template files shipped with the app, in a stable order."""
    folder = files("sop_templates")
    return sorted(
        (entry for entry in folder.iterdir() if re.search(r"\.ya?ml$", entry.name)),
        key=lambda entry: entry.name,
    )


def load_bundled() -> list[Sop]:
    """Every bundled template; a broken bundled file is a packaging bug, so it raises."""
    return [load_sop(entry) for entry in bundled_template_files()]
