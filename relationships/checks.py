"""Django system checks for the relationship definitions."""

from __future__ import annotations

from pathlib import Path

from django.core import checks

from .exceptions import DefinitionError
from .loader import DEFINITIONS_DIR, load_definitions


def check_definitions(
    app_configs=None, directory: Path | str = DEFINITIONS_DIR, **kwargs
):
    """Return one relationships.E001 error per problem in the definition files."""
    try:
        load_definitions(directory)
    except DefinitionError as error:
        return [
            checks.Error(
                f"{name}: {reason}",
                hint=f"Correct {name} in {directory}; schema.json there lists what a "
                f"definition may hold.",
                obj=name,
                id="relationships.E001",
            )
            for name, reason in error.problems
        ]
    return []
