"""The errors of the relationship engine."""

from __future__ import annotations


class RelationshipError(Exception):
    """Raised when the relationship engine cannot do what it was asked."""

    code = "relationship_error"


class DefinitionError(RelationshipError):
    """Raised when relationship definition files are invalid.

    ``problems`` holds one (file name, reason) pair for each problem found,
    so every problem is reported at once.
    """

    code = "invalid_definition"

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        self.problems = list(problems)
        lines = [f"{name}: {reason}" for name, reason in self.problems]
        super().__init__("Invalid relationship definitions:\n" + "\n".join(lines))


class UnknownChoice(RelationshipError):
    """Raised when a connection is applied with a choice it does not offer.

    ``choices`` lists the ids that would have been accepted.
    """

    code = "unknown_choice"

    def __init__(self, choice: str, choices: list[str]) -> None:
        self.choice = choice
        self.choices = list(choices)
        super().__init__(
            f"{choice!r} is not one of the ways to connect these components: "
            f"{', '.join(choices) or 'there are none'}."
        )
