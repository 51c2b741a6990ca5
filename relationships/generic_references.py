"""Offer every schema-declared way one component can reference another.

A provider schema marks a property that holds another resource's attribute
with a format such as "AWS::IAM::Role.Arn". Each such property of the source
type that names the target type becomes a candidate the user may pick.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from relationships.catalog import Catalog, ReferencePath, ResourceType
from relationships.catalog.schemas import first_sentence

GET_ATT = "GetAtt"
REF = "Ref"


@dataclass(frozen=True)
class Candidate:
    """One property of a source that can hold a reference to a target."""

    id: str
    path: str
    title: str
    explanation: str
    target_type: str
    format: str
    kind: str
    attribute: str | None = None

    @property
    def segments(self) -> list[str]:
        """Return the path split into keys, with "*" for list items."""
        return self.path.split("/")

    def value(self, target_logical_id: str) -> dict[str, Any]:
        """Return the intrinsic that points at the target component."""
        if self.kind == GET_ATT:
            return {"Fn::GetAtt": [target_logical_id, self.attribute]}
        return {"Ref": target_logical_id}

    def as_dict(self) -> dict[str, Any]:
        """Return the candidate as plain JSON-ready data."""
        return {
            "id": self.id,
            "path": self.path,
            "title": self.title,
            "explanation": self.explanation,
            "target_type": self.target_type,
            "format": self.format,
            "kind": self.kind,
            "attribute": self.attribute,
        }


def candidate_references(
    catalog: Catalog, source_type: str, target_type: str
) -> list[Candidate]:
    """Return the ways source_type can reference target_type, in schema order.

    A path whose format the target can satisfy in more than one way (an ARN
    or an id) keeps the first one its schema lists, so ids stay unique.
    """
    target = catalog.get(target_type)
    if target is None or source_type not in catalog:
        return []

    candidates: dict[str, Candidate] = {}
    for reference in catalog.reference_paths(source_type):
        if reference.target_type != target_type:
            continue
        resolved = _resolve(target, reference)
        if resolved is None:
            reference = _singular(reference)
            resolved = _resolve(target, reference) if reference else None
        if resolved is None or reference.path in candidates:
            continue
        kind, attribute = resolved
        candidates[reference.path] = Candidate(
            id=reference.path,
            path=reference.path,
            title=f"{_readable(reference.path)} ← "
            f"{target.resource_name}.{reference.attribute}",
            explanation=first_sentence(reference.description),
            target_type=target_type,
            format=reference.format,
            kind=kind,
            attribute=attribute,
        )
    return list(candidates.values())


def _resolve(
    target: ResourceType, reference: ReferencePath
) -> tuple[str, str | None] | None:
    """Return how to produce the value a format asks for, or None if unknown."""
    attribute = reference.attribute
    if attribute in target.attribute_names():
        return GET_ATT, attribute
    if reference.format == target.ref_format or reference.format in target.ref_formats:
        return REF, None

    # Some types give Ref no format although Ref returns their primary
    # identifier, e.g. an IAM role's Ref is its RoleName: "Name" fits it.
    identifier = target.primary_identifier
    if not target.ref_formats and len(identifier) == 1:
        if identifier[0].endswith(attribute):
            return REF, None
    return None


def _singular(reference: ReferencePath) -> ReferencePath | None:
    """Return the item reference of a list whose format is plural.

    A list such as SubnetIds may carry "AWS::EC2::Subnet.Ids" while its items
    carry no format; each item then takes one "AWS::EC2::Subnet.Id".
    """
    attribute = reference.attribute
    if not reference.array or not attribute.endswith("s") or len(attribute) < 2:
        return None
    singular = attribute[:-1]
    return replace(
        reference,
        path=f"{reference.path}/*",
        format=f"{reference.target_type}.{singular}",
        attribute=singular,
        array=False,
    )


def _readable(path: str) -> str:
    return path.replace("/*", "[]").replace("/", ".")


def apply_candidate(
    properties: Mapping[str, Any], candidate: Candidate, target_logical_id: str
) -> dict[str, Any]:
    """Return a copy of properties with the candidate's reference written.

    A plain path is set; a path through a list appends, and for a list of
    objects appends a new object holding just the referencing key. A list
    that already holds the same reference is left as it is.
    """
    result = copy.deepcopy(dict(properties))
    _write(result, candidate.segments, candidate.value(target_logical_id))
    return result


def _write(container: dict[str, Any], segments: list[str], value: Any) -> None:
    key, rest = segments[0], segments[1:]

    # A plain key: set it, or descend into its object
    if not rest:
        container[key] = value
        return
    if rest[0] != "*":
        child = container.get(key)
        if not isinstance(child, dict):
            child = container[key] = {}
        _write(child, rest, value)
        return

    # A list: append unless the same reference is already there
    items = container.get(key)
    if not isinstance(items, list):
        items = container[key] = []
    after = rest[1:]
    if any(_holds(item, after, value) for item in items):
        return
    if not after:
        items.append(value)
        return
    item: dict[str, Any] = {}
    _write(item, after, value)
    items.append(item)


def _holds(node: Any, segments: list[str], value: Any) -> bool:
    if not segments:
        return node == value
    key, rest = segments[0], segments[1:]
    if key == "*":
        return isinstance(node, list) and any(_holds(i, rest, value) for i in node)
    return isinstance(node, dict) and key in node and _holds(node[key], rest, value)
