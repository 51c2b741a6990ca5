"""Find and rewrite references between the components of a design.

A connection on the canvas is not stored: it is a reference inside a
component's properties or attributes, written as a Ref, a GetAtt, a Sub
placeholder or a DependsOn entry.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

logger = logging.getLogger(__name__)

REF = "Ref"
GETATT = "Fn::GetAtt"
SUB = "Fn::Sub"

KINDS = ("Ref", "GetAtt", "Sub", "DependsOn")

_PLACEHOLDER = re.compile(r"\$\{([^}]*)\}")


@dataclass(frozen=True)
class Reference:
    """One reference from a source component to a target component."""

    source: str
    target: str
    path: str
    kind: str
    attribute: str | None = None

    def as_dict(self):
        """Return the reference as a JSON-serialisable mapping."""
        return {
            "source": self.source,
            "target": self.target,
            "path": self.path,
            "kind": self.kind,
            "attribute": self.attribute,
        }


# JSON Pointer (RFC 6901)


def json_pointer(tokens) -> str:
    """Return the JSON Pointer naming the given sequence of keys and indexes."""
    return "".join(
        "/" + str(token).replace("~", "~0").replace("/", "~1") for token in tokens
    )


def parse_pointer(pointer) -> list[str]:
    """Return the unescaped tokens of a JSON Pointer."""
    if not pointer:
        return []
    assert pointer.startswith("/"), f"JSON Pointer {pointer!r} must start with '/'."
    return [
        token.replace("~1", "/").replace("~0", "~") for token in pointer[1:].split("/")
    ]


# Reading intrinsic functions


def getatt_target(value):
    """Return (target, attribute) of a GetAtt value in either form, or None."""
    if isinstance(value, str):
        target, _, attribute = value.partition(".")
        return (target, attribute or None) if target else None
    if isinstance(value, list) and value and isinstance(value[0], str):
        attribute = value[1] if len(value) > 1 and isinstance(value[1], str) else None
        return value[0], attribute
    return None


def sub_parts(value):
    """Return (string, variables) of a Sub value, or (None, None) if malformed."""
    if isinstance(value, str):
        return value, None
    if isinstance(value, list) and value and isinstance(value[0], str):
        if len(value) == 1:
            return value[0], None
        if len(value) == 2 and isinstance(value[1], dict):
            return value[0], value[1]
    return None, None


def sub_names(text):
    """Yield (name, attribute) for each ${Name} or ${Name.Attr} placeholder."""
    for match in _PLACEHOLDER.finditer(text):
        name = match.group(1)
        if not name or name.startswith("!"):
            continue
        target, _, attribute = name.partition(".")
        yield target, attribute or None


def _scan(node, tokens, emit):
    """Call emit(kind, target, attribute, tokens) for each reference in node."""
    if isinstance(node, dict):
        if len(node) == 1 and _scan_intrinsic(node, tokens, emit):
            return
        for key, value in node.items():
            if isinstance(value, (dict, list)):
                tokens.append(key)
                _scan(value, tokens, emit)
                tokens.pop()
    elif isinstance(node, list):
        for index, item in enumerate(node):
            if isinstance(item, (dict, list)):
                tokens.append(index)
                _scan(item, tokens, emit)
                tokens.pop()


def _scan_intrinsic(node, tokens, emit) -> bool:
    """Report the references of a single-key intrinsic; return if it was one."""
    ((key, value),) = node.items()
    if key == REF and isinstance(value, str):
        emit("Ref", value, None, tokens)
        return True

    if key == GETATT:
        found = getatt_target(value)
        if found is not None:
            emit("GetAtt", found[0], found[1], tokens)
        if isinstance(value, list):
            tokens.append(key)
            for index in range(1, len(value)):
                tokens.append(index)
                _scan(value[index], tokens, emit)
                tokens.pop()
            tokens.pop()
        return True

    if key == SUB:
        text, variables = sub_parts(value)
        if text is None:
            return False
        bound = variables if variables is not None else {}
        seen = set()
        for name in sub_names(text):
            if name[0] not in bound and name not in seen:
                seen.add(name)
                emit("Sub", name[0], name[1], tokens)
        if variables:
            tokens.extend((key, 1))
            for variable, variable_value in variables.items():
                tokens.append(variable)
                _scan(variable_value, tokens, emit)
                tokens.pop()
            del tokens[-2:]
        return True
    return False


def mentions(node, name) -> bool:
    """Return whether node holds a Ref, GetAtt or Sub reference to name."""
    found = []

    def emit(kind, target, attribute, tokens):
        if target == name:
            found.append(kind)

    _scan(node, [], emit)
    return bool(found)


# Finding references


def find_references(document) -> list[Reference]:
    """Return every reference from one component to another, in order.

    Targets that are parameters, pseudo parameters or unknown names are not
    connections, and neither is a component referring to itself. A resource's
    Condition attribute names a condition, so it is never a reference.
    """
    components = document.get("components", {})
    references = []

    for source, component in components.items():

        def emit(kind, target, attribute, tokens, source=source):
            if target != source and target in components:
                references.append(
                    Reference(source, target, json_pointer(tokens), kind, attribute)
                )

        # Properties
        tokens = ["components", source, "properties"]
        _scan(component.get("properties") or {}, tokens, emit)

        # Attributes
        tokens[2] = "attributes"
        for name, value in (component.get("attributes") or {}).items():
            tokens.append(name)
            if name == "DependsOn":
                if isinstance(value, str):
                    emit("DependsOn", value, None, tokens)
                elif isinstance(value, list):
                    for index, item in enumerate(value):
                        if isinstance(item, str):
                            emit("DependsOn", item, None, [*tokens, index])
            elif name != "Condition":
                _scan(value, tokens, emit)
            tokens.pop()

    logger.debug(
        "Found %s references among %s components", len(references), len(components)
    )
    return references


# Renaming references


def rename_references(document, old, new) -> None:
    """Rewrite every reference to old, anywhere in the document, to new."""
    for value in document.get("template", {}).values():
        _rename(value, old, new)

    for component in document.get("components", {}).values():
        _rename(component.get("properties"), old, new)
        attributes = component.get("attributes") or {}
        for name, value in attributes.items():
            if name == "DependsOn":
                if value == old:
                    attributes[name] = new
                elif isinstance(value, list):
                    value[:] = [new if item == old else item for item in value]
            elif name != "Condition":
                _rename(value, old, new)


def _rename(node, old, new) -> None:
    """Rewrite the references to old inside node, in place."""
    if isinstance(node, dict):
        if len(node) == 1 and _rename_intrinsic(node, old, new):
            return
        for value in node.values():
            _rename(value, old, new)
    elif isinstance(node, list):
        for item in node:
            _rename(item, old, new)


def _rename_intrinsic(node, old, new) -> bool:
    """Rewrite a single-key intrinsic in place; return if it was one."""
    ((key, value),) = node.items()
    if key == REF and isinstance(value, str):
        if value == old:
            node[key] = new
        return True

    if key == GETATT:
        if isinstance(value, str):
            target, dot, attribute = value.partition(".")
            if target == old:
                node[key] = new + dot + attribute
        elif isinstance(value, list):
            if value and value[0] == old:
                value[0] = new
            for item in value[1:]:
                _rename(item, old, new)
        return True

    if key == SUB:
        text, variables = sub_parts(value)
        if text is None:
            return False
        if variables is None or old not in variables:
            renamed = _rename_sub_string(text, old, new)
            if isinstance(value, str):
                node[key] = renamed
            else:
                value[0] = renamed
        for variable_value in (variables or {}).values():
            _rename(variable_value, old, new)
        return True
    return False


def _rename_sub_string(text, old, new) -> str:
    """Return text with ${old} and ${old.Attr} rewritten, never ${!old}."""

    def replace(match):
        name = match.group(1)
        target, dot, attribute = name.partition(".")
        if target != old:
            return match.group(0)
        return "${" + new + dot + attribute + "}"

    return _PLACEHOLDER.sub(replace, text)
