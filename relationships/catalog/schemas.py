"""Translate cfn-lint's resource provider schemas into catalog objects."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from .models import Attribute, PropertySpec, ReferencePath

TYPE_NAME = re.compile(r"^[A-Za-z0-9]+::[A-Za-z0-9]+::[A-Za-z0-9]+$")
ATTRIBUTE_FORMAT = re.compile(
    r"^(?P<type>[A-Za-z0-9]+::[A-Za-z0-9]+::[A-Za-z0-9]+)\.(?P<attribute>[A-Za-z0-9.]+)$"
)

# Nested objects deeper than this are shown as free-form JSON in the inspector.
MAX_DEPTH = 5

_SIMPLE_TYPES = {"string", "integer", "number", "boolean", "object", "array"}
_COMBINATORS = ("oneOf", "anyOf", "allOf")


def is_resource_type_name(name: str) -> bool:
    """Return whether name has the form Vendor::Service::Resource."""
    return bool(TYPE_NAME.match(name))


def parse_attribute_format(value: Any) -> tuple[str, str] | None:
    """Split a format such as "AWS::IAM::Role.Arn" into type and attribute."""
    if not isinstance(value, str):
        return None
    match = ATTRIBUTE_FORMAT.match(value)
    if match is None:
        return None
    return match.group("type"), match.group("attribute")


def first_sentence(text: str) -> str:
    """Return the first sentence of a schema description, on one line."""
    flat = " ".join(text.split())
    match = re.search(r"(?<=[.!?])\s+(?=[A-Z(`*\[])", flat)
    return flat[: match.start()] if match else flat


class SchemaReader:
    """Read one provider schema dict, resolving its local $ref pointers."""

    def __init__(self, schema: Mapping[str, Any]) -> None:
        self.schema = schema
        self.definitions: Mapping[str, Any] = schema.get("definitions") or {}
        self.read_only = set(schema.get("readOnlyProperties") or ())
        self.create_only = set(schema.get("createOnlyProperties") or ())

    # Resolution

    def resolve(
        self, node: Any, seen: frozenset[str] = frozenset()
    ) -> tuple[dict[str, Any] | None, frozenset[str]]:
        """Follow $ref into definitions; return None for a recursive one."""
        if not isinstance(node, dict):
            return {}, seen
        while "$ref" in node:
            ref = node["$ref"]
            if not isinstance(ref, str) or not ref.startswith("#/definitions/"):
                return {}, seen
            name = ref[len("#/definitions/") :]
            if name in seen:
                return None, seen
            seen = seen | {name}
            target = self.definitions.get(name)
            if not isinstance(target, dict):
                return {}, seen
            siblings = {key: value for key, value in node.items() if key != "$ref"}
            node = {**target, **siblings}
        return node, seen

    def node_at(self, pointer: str) -> dict[str, Any]:
        """Return the schema node a "/properties/A/B" pointer names."""
        parts = pointer.strip("/").split("/")
        if len(parts) < 2 or parts[0] != "properties":
            return {}
        node: Any = (self.schema.get("properties") or {}).get(parts[1], {})
        seen: frozenset[str] = frozenset()
        for part in parts[2:]:
            node, seen = self.resolve(node, seen)
            if not node:
                return {}
            if part == "*":
                node = node.get("items", {})
            else:
                node = (node.get("properties") or {}).get(part, {})
        resolved, _ = self.resolve(node, seen)
        return resolved or {}

    # Properties

    def property_specs(self) -> tuple[PropertySpec, ...]:
        """Return the settable top-level properties, required ones first."""
        return self._specs(
            self.schema.get("properties") or {},
            set(self.schema.get("required") or ()),
            "/properties",
            frozenset(),
            0,
        )

    def _specs(
        self,
        properties: Mapping[str, Any],
        required: set[str],
        pointer: str,
        seen: frozenset[str],
        depth: int,
    ) -> tuple[PropertySpec, ...]:
        specs = []
        for name, node in properties.items():
            child_pointer = f"{pointer}/{name}"
            if child_pointer in self.read_only:
                continue
            specs.append(
                self._spec(name, node, name in required, child_pointer, seen, depth)
            )
        specs.sort(key=lambda spec: (not spec.required, spec.name))
        return tuple(specs)

    def _spec(
        self,
        name: str,
        node: Any,
        required: bool,
        pointer: str,
        seen: frozenset[str],
        depth: int,
    ) -> PropertySpec:
        resolved, seen = self.resolve(node, seen)
        create_only = pointer in self.create_only
        if resolved is None:
            return PropertySpec(
                name=name, type="json", required=required, create_only=create_only
            )

        # Scalars
        kind = json_type(resolved)
        enum = resolved.get("enum")
        fmt = resolved.get("format")

        # Arrays and nested objects
        item_type = None
        children: tuple[PropertySpec, ...] = ()
        nested = depth + 1 < MAX_DEPTH
        if kind == "array":
            items, item_seen = self.resolve(resolved.get("items", {}), seen)
            item_type = json_type(items) if items is not None else "json"
            if item_type == "object" and items is not None and nested:
                children = self._specs(
                    items.get("properties") or {},
                    set(items.get("required") or ()),
                    f"{pointer}/*",
                    item_seen,
                    depth + 1,
                )
        elif kind == "object" and nested:
            children = self._specs(
                resolved.get("properties") or {},
                set(resolved.get("required") or ()),
                pointer,
                seen,
                depth + 1,
            )

        return PropertySpec(
            name=name,
            type=kind,
            description=str(resolved.get("description") or "").strip(),
            required=required,
            enum=list(enum) if isinstance(enum, list) else None,
            format=fmt if isinstance(fmt, str) else None,
            create_only=create_only,
            item_type=item_type,
            default=resolved.get("default"),
            children=children,
        )

    # Attributes and Ref

    def attributes(self, get_atts: Mapping[str, str]) -> tuple[Attribute, ...]:
        """Return the GetAtt attributes with the format each one carries."""
        attributes = []
        for name, pointer in get_atts.items():
            fmt = self.node_at(pointer).get("format") if pointer else None
            attributes.append(
                Attribute(name=name, format=fmt if isinstance(fmt, str) else None)
            )
        return tuple(attributes)

    @staticmethod
    def ref_formats(ref: Mapping[str, Any] | None) -> tuple[str, ...]:
        """Return every format the value of Ref may satisfy."""
        if not ref:
            return ()
        formats = []
        for node in [ref, *_combined(ref)]:
            fmt = node.get("format") if isinstance(node, dict) else None
            if isinstance(fmt, str) and fmt not in formats:
                formats.append(fmt)
        return tuple(formats)

    # References

    def reference_paths(self) -> list[ReferencePath]:
        """Return every settable path whose format names a type's attribute."""
        found: dict[tuple[str, str], ReferencePath] = {}
        for name, node in (self.schema.get("properties") or {}).items():
            walk = self._walk(node, [name], frozenset(), "")
            for path, fmt, description, array in walk:
                target = parse_attribute_format(fmt)
                if target is None or (path, fmt) in found:
                    continue
                found[(path, fmt)] = ReferencePath(
                    path=path,
                    format=fmt,
                    target_type=target[0],
                    attribute=target[1],
                    description=description,
                    array=array,
                )
        return list(found.values())

    def _walk(
        self, node: Any, path: list[str], seen: frozenset[str], description: str
    ) -> Iterator[tuple[str, str, str, bool]]:
        if "/properties/" + "/".join(path) in self.read_only:
            return
        resolved, seen = self.resolve(node, seen)
        if not resolved:
            return
        description = str(resolved.get("description") or description)
        fmt = resolved.get("format")
        if isinstance(fmt, str):
            yield "/".join(path), fmt, description, json_type(resolved) == "array"
        for branch in _combined(resolved):
            yield from self._walk(branch, path, seen, description)
        for name, child in (resolved.get("properties") or {}).items():
            yield from self._walk(child, [*path, name], seen, "")
        if isinstance(resolved.get("items"), dict):
            yield from self._walk(resolved["items"], [*path, "*"], seen, description)


def json_type(node: Mapping[str, Any]) -> str:
    """Return the editor type for a resolved schema node."""
    kind = node.get("type")
    if isinstance(kind, list):
        kind = kind[0] if len(kind) == 1 else None
    if kind is None:
        if "properties" in node:
            kind = "object"
        elif "items" in node:
            kind = "array"
    if kind not in _SIMPLE_TYPES:
        return "json"
    if kind == "object" and not node.get("properties"):
        return "json"
    return kind


def _combined(node: Mapping[str, Any]) -> list[Any]:
    branches: list[Any] = []
    for key in _COMBINATORS:
        value = node.get(key)
        if isinstance(value, list):
            branches.extend(value)
    return branches
