"""Typed, frozen records built from parsed YAML/JSON data, with every problem collected.

The SOP schema is a handful of small records read at every start-up. A general validation
library cost more start-up time (import plus schema building) than the whole window, so the
schema is plain frozen dataclasses and this module turns plain data into them. It reports
*every* problem with its field path, in Indonesian, so the loader can add file and line.

Supported field types: ``str``, ``int``, ``bool``, ``StrEnum`` subclasses, nested records,
``tuple[X, ...]`` and ``X | None``. Per-field rules live in the field's metadata (see
:func:`rules`); a record may normalise its raw mapping first with a ``prepare`` classmethod.
"""

from __future__ import annotations

import dataclasses
import re
import types
import typing
from collections.abc import Callable, Mapping
from enum import StrEnum
from functools import cache
from typing import Any, TypeVar

FieldPath = tuple[str | int, ...]
Problem = tuple[FieldPath, str]
T = TypeVar("T")

_MISSING = dataclasses.MISSING


class RecordError(ValueError):
    """Data that does not fit the record; ``problems`` pairs each field path with a message."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("; ".join(message for _, message in problems))


def rules(
    *,
    pattern: str | None = None,
    non_empty: bool = False,
    check: Callable[[Any], str | None] | None = None,
    at_least: int | None = None,
    at_most: int | None = None,
) -> dict[str, Any]:
    """Field metadata: a regex the text must match, non-empty text or list, a custom check
    returning an Indonesian message (or ``None`` when fine), numeric bounds."""
    return {
        "pattern": re.compile(pattern) if pattern else None,
        "non_empty": non_empty,
        "check": check,
        "at_least": at_least,
        "at_most": at_most,
    }


@cache
def _fields(cls: type) -> dict[str, tuple[dataclasses.Field[Any], Any]]:
    """Each init field of record ``cls`` with its resolved type, by name."""
    hints = typing.get_type_hints(cls)
    return {f.name: (f, hints[f.name]) for f in dataclasses.fields(cls) if f.init}


@cache
def _shape(kind: Any) -> tuple[str, Any]:
    """How to read a field of type ``kind``: a tag and the type it applies to.

    Worked out once per type: every start-up builds a few thousand fields.
    """
    origin = typing.get_origin(kind)
    if origin in (types.UnionType, typing.Union):
        return "optional", next(arg for arg in typing.get_args(kind) if arg is not type(None))
    if origin is tuple:
        return "tuple", typing.get_args(kind)[0]
    if dataclasses.is_dataclass(kind):
        return "record", kind
    if isinstance(kind, type) and issubclass(kind, StrEnum):
        return "enum", kind
    if kind in (bool, int, str):
        return kind.__name__, kind
    return "unsupported", kind


def build(cls: type[T], data: object, path: FieldPath = ()) -> T:
    """Build record ``cls`` from ``data``.

    Raises:
        RecordError: with every problem found, each with its field path.
    """
    problems: list[Problem] = []
    value = _record(cls, data, path, problems)
    if problems:
        raise RecordError(problems)
    return typing.cast(T, value)


def _record(cls: type, data: object, path: FieldPath, problems: list[Problem]) -> object:
    if not isinstance(data, Mapping):
        problems.append((path, "harus berupa kumpulan kolom (mapping)"))
        return None
    prepare = getattr(cls, "prepare", None)
    raw: Mapping[Any, Any] = prepare(data) if prepare else data
    fields = _fields(cls)
    start = len(problems)
    for key in raw:
        if key not in fields:
            problems.append(((*path, str(key)), "kolom ini tidak dikenal (periksa ejaannya)"))
    values: dict[str, Any] = {}
    for name, (spec, kind) in fields.items():
        field_path = (*path, name)
        if name not in raw:
            if spec.default is _MISSING and spec.default_factory is _MISSING:
                problems.append((field_path, "wajib diisi"))
            continue
        field_start = len(problems)
        values[name] = _value(kind, raw[name], field_path, problems)
        if len(problems) == field_start:
            _apply_rules(spec.metadata, values[name], field_path, problems)
    return cls(**values) if len(problems) == start else None


def _apply_rules(
    meta: Mapping[str, Any], value: Any, path: FieldPath, problems: list[Problem]
) -> None:
    if not meta:
        return
    if meta["non_empty"] and not value:
        problems.append((path, "tidak boleh kosong"))
        return
    pattern = meta["pattern"]
    if pattern is not None and isinstance(value, str) and not pattern.fullmatch(value):
        problems.append((path, "hanya huruf kecil, angka, '-' dan '_', diawali huruf atau angka"))
        return
    if meta["at_least"] is not None and value < meta["at_least"]:
        problems.append((path, f"paling kecil {meta['at_least']}"))
    if meta["at_most"] is not None and value > meta["at_most"]:
        problems.append((path, f"paling besar {meta['at_most']}"))
    check = meta["check"]
    message = check(value) if check is not None and value is not None else None
    if message:
        problems.append((path, message))


def _value(kind: Any, data: object, path: FieldPath, problems: list[Problem]) -> Any:
    shape, of = _shape(kind)
    if shape == "str":
        if isinstance(data, bool) or not isinstance(data, str | int | float):
            problems.append((path, "harus berupa teks"))
            return ""
        return str(data).strip()  # YAML reads "1" as a number; a step number is text
    if shape == "optional":
        return None if data is None else _value(of, data, path, problems)
    if shape == "tuple":
        if not isinstance(data, list | tuple):
            problems.append((path, "harus berupa daftar"))
            return ()
        return tuple(_value(of, item, (*path, i), problems) for i, item in enumerate(data))
    if shape == "record":
        return _record(of, data, path, problems)
    if shape == "enum":
        if isinstance(data, str) and data in of._value2member_map_:
            return of(data)
        choices = ", ".join(f"'{member.value}'" for member in of)
        problems.append((path, f"harus salah satu dari: {choices}"))
        return None
    if shape == "bool":
        if not isinstance(data, bool):
            problems.append((path, "harus true atau false"))
        return data
    if shape == "int":
        if isinstance(data, bool) or not isinstance(data, int):
            problems.append((path, "harus berupa angka"))
        return data
    raise TypeError(f"unsupported field type {kind!r} at {path}")  # a schema bug, not data
