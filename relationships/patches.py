"""Build RFC 6902 operations against a design document."""

from __future__ import annotations

from typing import Any

from .walker import walk

Operation = dict[str, Any]


def pointer(*tokens: str | int) -> str:
    """Return the JSON Pointer of a sequence of keys and indexes."""
    return "".join(
        "/" + str(token).replace("~", "~0").replace("/", "~1") for token in tokens
    )


def add(tokens: tuple[str | int, ...] | list, value: Any) -> Operation:
    """Return an add operation; "-" as the last token appends to a list.

    The value is used as given: callers pass values they built, or copies.
    """
    return {"op": "add", "path": pointer(*tokens), "value": value}


def remove(tokens: tuple[str | int, ...] | list) -> Operation:
    """Return a remove operation."""
    return {"op": "remove", "path": pointer(*tokens)}


def set_property(
    component: dict, logical_id: str, tokens: tuple[str | int, ...], value: Any
) -> Operation:
    """Return the operation that sets a property, creating missing parents.

    The first missing object on the way is added whole, holding the rest of
    the path, so the operation applies whatever the component holds today.
    """
    node: Any = component.get("properties")
    base: tuple[str | int, ...] = ("components", logical_id, "properties")
    if not isinstance(node, dict):
        return add(base, _nest(tokens, value))
    for depth, token in enumerate(tokens[:-1]):
        child = node.get(token) if isinstance(node, dict) else None
        if not isinstance(child, dict):
            return add((*base, *tokens[: depth + 1]), _nest(tokens[depth + 1 :], value))
        node = child
    return add((*base, *tokens), value)


def append_item(component: dict, logical_id: str, key: str, item: Any) -> Operation:
    """Return the operation that appends item to a top-level list property."""
    current = (component.get("properties") or {}).get(key)
    if isinstance(current, list):
        return add(("components", logical_id, "properties", key, "-"), item)
    return set_property(component, logical_id, (key,), [item])


def new_component(
    logical_id: str,
    resource_type: str,
    properties: dict,
    position: dict[str, float],
    attributes: dict | None = None,
) -> Operation:
    """Return the operation that adds a new component to the design."""
    return add(
        ("components", logical_id),
        {
            "type": resource_type,
            "properties": properties,
            "attributes": attributes or {},
            "position": position,
        },
    )


def new_edges(document: dict, operations: list[Operation]) -> list[tuple[str, str]]:
    """Return the (source, target) references that operations would add."""
    components = document.get("components") or {}
    created = {
        op["path"].split("/")[2]
        for op in operations
        if op.get("op") == "add" and op["path"].count("/") == 2
    }
    edges = []
    for operation in operations:
        if operation.get("op") not in ("add", "replace"):
            continue
        tokens = operation["path"].split("/")[1:]
        if len(tokens) < 2 or tokens[0] != "components":
            continue
        source = tokens[1]
        value = operation.get("value")
        if len(tokens) == 2 and isinstance(value, dict):
            value = [value.get("properties"), value.get("attributes")]
        names = {edge.target for edge in walk(value)}
        if len(tokens) >= 3 and tokens[2] == "attributes" and "DependsOn" in tokens:
            names.update(value if isinstance(value, list) else [value])
        for name in names:
            if (
                isinstance(name, str)
                and name != source
                and (name in components or name in created)
            ):
                edges.append((source, name))
    return edges


def _nest(tokens: tuple[str | int, ...], value: Any) -> Any:
    for token in reversed(tokens):
        value = {token: value}
    return value
