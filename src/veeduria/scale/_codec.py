"""Records to JSON-able data and back, losslessly (frozen dataclasses of ``models``).

Shards carry documents between workers and the store (their extractions travel as the rows
the store inserts: ``veeduria.store._rows.ExtractionRows``). The encoding follows
the dataclass fields and their type hints, so a field added to a record travels without a
change here, and ``decode(type(x), encode(x)) == x`` holds for every record (floats keep
every digit; the ``veeduria extract`` JSON rounds confidence and is not a codec).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import types
import typing
from collections.abc import Callable
from typing import Any, Union

from veeduria.models import Document


def encode(value: Any) -> Any:
    """Dataclasses as dicts, tuples as lists, dates as ISO strings."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [encode(v) for v in value]
    if isinstance(value, dict):
        return {str(k): encode(v) for k, v in value.items()}
    if isinstance(value, dt.datetime):
        raise TypeError("datetimes are not part of the records")
    if isinstance(value, dt.date):
        return value.isoformat()
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise TypeError(f"cannot encode {type(value).__name__}")


def decode(kind: Any, data: Any) -> Any:
    """The value of type ``kind`` that :func:`encode` turned into ``data``."""
    return _decoder(kind)(data)


def _identity(data: Any) -> Any:
    return data


@functools.cache
def _decoder(kind: Any) -> Callable[[Any], Any]:
    """A function decoding values of ``kind``, built once per type from its hints."""
    origin = typing.get_origin(kind)
    if origin in (Union, types.UnionType):
        options = [a for a in typing.get_args(kind) if a is not type(None)]
        if len(options) != 1:
            raise TypeError(f"ambiguous union {kind}")
        inner = _decoder(options[0])
        return lambda data: None if data is None else inner(data)
    if origin is typing.Literal or kind in (str, int, bool, typing.Any):
        return _identity
    if origin is tuple:
        args = typing.get_args(kind)
        if len(args) == 2 and args[1] is Ellipsis:
            item = _decoder(args[0])
            return lambda data: tuple(item(v) for v in data)
        items = [_decoder(a) for a in args]
        return lambda data: tuple(f(v) for f, v in zip(items, data, strict=True))
    if origin is dict:
        key, val = (_decoder(a) for a in typing.get_args(kind))
        return lambda data: {key(k): val(v) for k, v in data.items()}
    if dataclasses.is_dataclass(kind) and isinstance(kind, type):
        hints = typing.get_type_hints(kind)
        fields = [(f.name, _decoder(hints[f.name])) for f in dataclasses.fields(kind)]
        cls = kind

        def record(data: Any) -> Any:
            if data is None:
                return None
            return cls(**{name: f(data[name]) for name, f in fields if name in data})

        return record
    if kind is dt.date:
        return lambda data: None if data is None else dt.date.fromisoformat(data)
    if kind is float:
        return lambda data: None if data is None else float(data)
    raise TypeError(f"cannot decode {kind}")


def decode_document(data: dict[str, Any]) -> Document:
    return decode(Document, data)  # type: ignore[no-any-return]
