"""What the engine hands back: suggestions, and the choices some carry."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

KINDS = ("bind", "create", "fix", "warn")
SEVERITIES = {"E": "error", "W": "warning", "I": "informational"}


def severity_of(rule_id: str) -> str:
    """Return the severity a rule id's first letter names."""
    severity = SEVERITIES.get(rule_id[:1])
    assert severity, f"Rule id {rule_id!r} must start with E, W or I."
    return severity


def stable_id(rule_id: str, components: list[str], detail: str) -> str:
    """Return an id that stays the same for the same finding across calls."""
    text = "\x1f".join([rule_id, ",".join(components), detail])
    return f"{rule_id}-{hashlib.sha1(text.encode('utf-8')).hexdigest()[:12]}"


@dataclass(frozen=True)
class Choice:
    """One way to act on a suggestion, or to read a drawn connection."""

    id: str
    title: str
    explanation: str
    patch: list[dict[str, Any]]

    def as_dict(self) -> dict[str, Any]:
        """Return the choice as plain JSON-ready data."""
        return {
            "id": self.id,
            "title": self.title,
            "explanation": self.explanation,
            "patch": self.patch,
        }


@dataclass(frozen=True)
class Suggestion:
    """One change the engine proposes, with the patch that makes it.

    A suggestion with choices has an empty patch: each choice carries its
    own, and the person picks one.
    """

    id: str
    kind: str
    severity: str
    rule: str
    title: str
    explanation: str
    docs: list[str]
    components: list[str]
    patch: list[dict[str, Any]]
    choices: list[Choice] = field(default_factory=list)

    def __post_init__(self) -> None:
        assert self.kind in KINDS, (
            f"Suggestion kind {self.kind!r} is not one of {KINDS}."
        )

    def as_dict(self) -> dict[str, Any]:
        """Return the suggestion as plain JSON-ready data."""
        data = {
            "id": self.id,
            "kind": self.kind,
            "severity": self.severity,
            "rule": self.rule,
            "title": self.title,
            "explanation": self.explanation,
            "docs": list(self.docs),
            "components": list(self.components),
            "patch": self.patch,
        }
        if self.choices:
            data["choices"] = [choice.as_dict() for choice in self.choices]
        return data

    def operations(self, choice: str | None = None) -> list[dict[str, Any]]:
        """Return the patch to apply, the chosen one's when there are choices."""
        if not self.choices:
            return self.patch
        picked = choice if choice is not None else self.choices[0].id
        for item in self.choices:
            if item.id == picked:
                return item.patch
        raise KeyError(picked)
