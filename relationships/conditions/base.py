"""The base class of the checks a definition's "requires" names."""

from __future__ import annotations

from typing import Any

from ..index import DesignIndex


class Condition:
    """Something that must hold on a component, with the patch that makes it hold.

    Subclasses set the metadata and implement holds() and fix(); params are
    the other keys of the definition's "requires" entry.
    """

    id: str = ""
    shortdesc: str = ""
    description: str = ""
    params: tuple[str, ...] = ()

    def holds(self, index: DesignIndex, logical_id: str, params: dict) -> bool:
        """Return whether the condition holds on the component."""
        raise NotImplementedError

    def fix(
        self, index: DesignIndex, logical_id: str, params: dict
    ) -> list[dict[str, Any]]:
        """Return the operations that make the condition hold."""
        raise NotImplementedError

    def describe(self, params: dict) -> str:
        """Return what the condition asks for, in a sentence."""
        return self.shortdesc
