"""Walk a component for the references it makes to other components.

The architecture keeps relationships/ free of designer/, so this is the
engine's own small walker: it reads Ref, Fn::GetAtt (both forms), Fn::Sub
placeholders and DependsOn, and reports each with the JSON Pointer tokens
of the node that holds it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

REF = "Ref"
GET_ATT = "GetAtt"
SUB = "Sub"
DEPENDS_ON = "DependsOn"

_PLACEHOLDER = re.compile(r"\$\{([^}!][^}]*)\}")


@dataclass(frozen=True)
class Edge:
    """One reference from a component to a name, found at tokens."""

    target: str
    kind: str
    attribute: str | None
    tokens: tuple[str | int, ...]


def getatt_parts(value: Any) -> tuple[str, str | None] | None:
    """Return (target, attribute) of a Fn::GetAtt value in either form."""
    if isinstance(value, str):
        target, _, attribute = value.partition(".")
        return (target, attribute or None) if target else None
    if isinstance(value, list) and value and isinstance(value[0], str):
        attribute = value[1] if len(value) > 1 and isinstance(value[1], str) else None
        return value[0], attribute
    return None


def sub_placeholders(text: str) -> Iterator[tuple[str, str | None]]:
    """Yield (name, attribute) for each ${Name} or ${Name.Attr} in text."""
    for match in _PLACEHOLDER.finditer(text):
        name, _, attribute = match.group(1).partition(".")
        yield name, attribute or None


def walk(node: Any, tokens: tuple[str | int, ...] = ()) -> Iterator[Edge]:
    """Yield every Ref, GetAtt and Sub reference inside node."""
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(node, tokens)]
    while stack:
        current, path = stack.pop()
        if isinstance(current, dict):
            if len(current) == 1:
                intrinsic = _intrinsic(current, path, stack)
                if intrinsic is not None:
                    yield from intrinsic
                    continue
            for key, value in current.items():
                if isinstance(value, (dict, list)):
                    stack.append((value, (*path, key)))
        elif isinstance(current, list):
            for index, item in enumerate(current):
                if isinstance(item, (dict, list)):
                    stack.append((item, (*path, index)))


def _intrinsic(node: dict, path: tuple, stack: list) -> list[Edge] | None:
    ((key, value),) = node.items()
    if key == "Ref":
        return [Edge(value, REF, None, path)] if isinstance(value, str) else []

    if key == "Fn::GetAtt":
        parts = getatt_parts(value)
        return [Edge(parts[0], GET_ATT, parts[1], path)] if parts else []

    if key == "Fn::Sub":
        text, variables = value, {}
        if isinstance(value, list) and value and isinstance(value[0], str):
            text = value[0]
            variables = (
                value[1] if len(value) > 1 and isinstance(value[1], dict) else {}
            )
            stack.append((variables, (*path, key, 1)))
        if not isinstance(text, str):
            return None
        return [
            Edge(name, SUB, attribute, path)
            for name, attribute in sub_placeholders(text)
            if name not in variables
        ]
    return None


def component_edges(component: dict) -> list[Edge]:
    """Return the references of a component's properties and attributes."""
    edges = list(walk(component.get("properties") or {}, ("properties",)))
    for name, value in (component.get("attributes") or {}).items():
        if name == DEPENDS_ON:
            names = [value] if isinstance(value, str) else value
            if isinstance(names, list):
                for index, item in enumerate(names):
                    if isinstance(item, str):
                        edges.append(
                            Edge(item, DEPENDS_ON, None, ("attributes", name, index))
                        )
        elif name != "Condition":
            edges.extend(walk(value, ("attributes", name)))
    return edges
