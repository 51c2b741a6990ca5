"""CloudFormation logical ID rules and generation."""

from __future__ import annotations

import re

from .exceptions import InvalidLogicalId

MAX_LENGTH = 255

_ALPHANUMERIC = re.compile(r"[A-Za-z0-9]+")
_NOT_ALPHANUMERIC = re.compile(r"[^A-Za-z0-9]")


def validate_logical_id(value, *, path=None) -> None:
    """Raise InvalidLogicalId unless value is a valid logical ID."""
    if not isinstance(value, str):
        message = f"A logical ID must be a string, not {type(value).__name__}."
    elif not value:
        message = "A logical ID must not be empty."
    elif not _ALPHANUMERIC.fullmatch(value):
        bad = sorted(set(_NOT_ALPHANUMERIC.findall(value)))
        message = (
            f"Logical ID {value[:80]!r} may only contain the ASCII letters A-Z, "
            f"a-z and digits 0-9; found {''.join(bad)!r}."
        )
    elif len(value) > MAX_LENGTH:
        message = (
            f"A logical ID must be at most {MAX_LENGTH} characters long; this one "
            f"has {len(value)}."
        )
    else:
        return
    raise InvalidLogicalId(message, path=path)


def make_logical_id(resource_type, taken) -> str:
    """Return an unused logical ID derived from the resource type's last part."""
    parts = [part for part in str(resource_type).split("::") if part]
    if len(parts) > 3 and parts[-1] == "MODULE":
        parts.pop()
    base = _NOT_ALPHANUMERIC.sub("", parts[-1]) if parts else ""
    base = base or "Resource"

    # Try the bare name, then count up, leaving room for the suffix
    candidate = base[:MAX_LENGTH]
    number = 1
    while candidate in taken:
        number += 1
        suffix = str(number)
        candidate = base[: MAX_LENGTH - len(suffix)] + suffix
    return candidate
