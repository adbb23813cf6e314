"""Option values taken as given when they already are what the verb declares.

typer checks every parameter value, even an absent one, through a pydantic `TypeAdapter` it
builds on first use: importing pydantic and building the adapters costs a read verb about a
third of its start-up. casefile's read verbs take strings, choices, flags and whole numbers;
a value that is already of its declared kind (a string for `str`, a choice's exact value, a
flag's bool, a number (or digits) within its bounds) is used as it is. Anything else (a choice spelt in
another case, a number given as text, a path) goes to typer's own check, so its conversions
and error messages stay typer's.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

from typer._click import Context
from typer._coercion import RuntimeParam, build_runtime_param
from typer.core import _TyperParameter


@dataclass(frozen=True)
class _AsGiven(RuntimeParam):
    """A parameter's value used as given when it is of the declared kind, else typer's check."""

    def _coerce_value(self, value: Any, param: _TyperParameter, ctx: Context) -> Any:
        annotation, info = self.annotation, self.parameter_info
        if annotation is str and isinstance(value, str):
            return value
        if annotation is bool and isinstance(value, bool):
            return value
        if isinstance(annotation, type) and issubclass(annotation, Enum):
            if isinstance(value, annotation):
                return value
            if isinstance(value, str) and value in annotation._value2member_map_:
                return annotation._value2member_map_[value]
        if annotation is int and not getattr(info, "clamp", False):
            if isinstance(value, str) and value.isascii() and value.isdigit():
                value = int(value)  # digits alone: the whole number they write
            low, high = getattr(info, "min", None), getattr(info, "max", None)
            if (
                type(value) is int
                and (low is None or value >= low)
                and (high is None or value <= high)
            ):
                return value
        return build_runtime_param(param.type_descriptor)._coerce_value(value, param, ctx)


def _plain(annotation: Any) -> bool:
    return annotation in (str, bool, int) or (
        isinstance(annotation, type) and issubclass(annotation, Enum)
    )


def take_values_as_given(params: list[Any]) -> None:
    """Have those of `params` that take a string, choice, flag or number use `_AsGiven`."""
    for param in params:
        if not isinstance(param, _TyperParameter) or param._runtime_param is not None:
            continue
        descriptor = param.type_descriptor
        if descriptor.file_annotation is None and _plain(descriptor.annotation):
            param._runtime_param = _AsGiven(descriptor.parameter_info, descriptor.annotation)
