"""Load the relationship definitions: YAML files checked against a schema."""

from __future__ import annotations

import functools
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from .conditions import CONDITIONS
from .exceptions import DefinitionError

logger = logging.getLogger(__name__)

DEFINITIONS_DIR = Path(__file__).resolve().parent / "definitions"
SCHEMA_PATH = DEFINITIONS_DIR / "schema.json"


@dataclass(frozen=True)
class Selector:
    """The components one side of a relationship applies to."""

    types: tuple[str, ...]
    when: tuple[dict[str, Any], ...] = ()

    def matches(self, component: dict) -> bool:
        """Return whether a component is of the types and meets every condition."""
        if component.get("type") not in self.types:
            return False
        properties = component.get("properties") or {}
        for condition in self.when:
            value = properties.get(condition["property"])
            if "in" in condition and value not in condition["in"]:
                return False
            if "present" in condition and (value is not None) != condition["present"]:
                return False
        return True


@dataclass(frozen=True)
class Definition:
    """One curated relationship, as its YAML file describes it.

    ``path`` is the YAML's "property": the source property that carries it.
    """

    id: str
    kind: str
    type: str
    subtype: str
    title: str
    source: Selector
    target: Selector
    explanation: str
    docs: tuple[str, ...]
    path: str | None = None
    value: dict[str, Any] = field(default_factory=dict)
    requires: tuple[dict[str, Any], ...] = ()
    file: str = ""

    @property
    def segments(self) -> tuple[str, ...]:
        """Return the property path split into keys, "*" for list items."""
        return tuple(self.path.split("/")) if self.path else ()

    @property
    def attribute(self) -> str | None:
        """Return the attribute the value reads, or None for a Ref."""
        return self.value.get("getatt")

    def reference(self, target: str) -> dict[str, Any]:
        """Return the intrinsic that points the property at target."""
        if self.attribute:
            return {"Fn::GetAtt": [target, self.attribute]}
        return {"Ref": target}


@functools.lru_cache(maxsize=1)
def _schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def load_definitions(directory: Path | str = DEFINITIONS_DIR) -> tuple[Definition, ...]:
    """Return every definition under directory, or raise DefinitionError.

    Every file is checked against the schema, condition names and their
    parameters are checked against the registry, and ids must be unique;
    all the problems are collected and raised together.
    """
    validator = jsonschema.Draft202012Validator(_schema())
    problems: list[tuple[str, str]] = []
    definitions: list[Definition] = []
    seen: dict[str, str] = {}

    for path in sorted(Path(directory).glob("*.yaml")):
        name = path.name

        # Parse
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as error:
            problems.append((name, f"not valid YAML: {error}"))
            continue

        # Schema
        errors = sorted(validator.iter_errors(data), key=lambda e: list(e.path))
        for error in errors:
            where = "/".join(str(token) for token in error.absolute_path) or "(top)"
            problems.append((name, f"{where}: {error.message}"))
        if errors:
            continue

        # Conditions and ids
        for position, requirement in enumerate(data.get("requires", [])):
            problems.extend(_check_requirement(name, position, requirement))
        if data["id"] in seen:
            problems.append(
                (name, f"id {data['id']!r} is also used by {seen[data['id']]}")
            )
        seen[data["id"]] = name
        definitions.append(_build(data, name))

    if problems:
        raise DefinitionError(problems)
    logger.debug("Loaded %s relationship definitions", len(definitions))
    return tuple(definitions)


def _check_requirement(name: str, position: int, requirement: dict) -> list:
    condition = CONDITIONS.get(requirement["condition"])
    where = f"requires/{position}"
    if condition is None:
        known = ", ".join(sorted(CONDITIONS))
        return [
            (
                name,
                f"{where}: unknown condition {requirement['condition']!r} (known: "
                f"{known})",
            )
        ]
    given = set(requirement) - {"condition"}
    problems = []
    for missing in sorted(set(condition.params) - given):
        problems.append(
            (name, f"{where}: condition {condition.id!r} needs {missing!r}")
        )
    for extra in sorted(given - set(condition.params)):
        problems.append(
            (name, f"{where}: condition {condition.id!r} takes no {extra!r}")
        )
    return problems


def _selector(data: dict) -> Selector:
    types = data["type"]
    return Selector(
        types=(types,) if isinstance(types, str) else tuple(types),
        when=tuple(data.get("when", ())),
    )


def _build(data: dict, name: str) -> Definition:
    return Definition(
        id=data["id"],
        kind=data["kind"],
        type=data["type"],
        subtype=data["subtype"],
        title=data["title"],
        source=_selector(data["source"]),
        target=_selector(data["target"]),
        explanation=" ".join(data["explanation"].split()),
        docs=tuple(data["docs"]),
        path=data.get("property"),
        value=data.get("value", {}),
        requires=tuple(data.get("requires", ())),
        file=name,
    )


@functools.lru_cache(maxsize=1)
@functools.lru_cache(maxsize=1)
def get_definitions() -> dict[str, Definition]:
    """Return the packaged definitions by id, loading them once."""
    return {definition.id: definition for definition in load_definitions()}
