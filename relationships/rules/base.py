"""The base class of every rule, and the context rules evaluate in."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ..index import DesignIndex
from ..loader import Definition
from ..suggestions import Choice, Suggestion, severity_of, stable_id
from ..walker import Edge


class Context:
    """One evaluation: the design's index and the curated definitions."""

    def __init__(self, index: DesignIndex, definitions: dict[str, Definition]) -> None:
        self.index = index
        self.definitions = definitions
        self._memo: dict[str, Any] = {}

    def once(self, key: str, compute: Callable[[], Any]) -> Any:
        """Return compute(), computed once per evaluation for the same key.

        Rules use it for lookups across the whole design, such as the roles
        ready for a service, so evaluation stays linear in the design's size.
        """
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    def bindings(self, definition: Definition) -> Iterator[tuple[str, str, Edge]]:
        """Yield (source, target, edge) for each reference a definition describes.

        The reference must sit at the definition's property (list items
        matching "*") and point at a component of the target types.
        """
        index = self.index
        segments = definition.segments
        depth = len(segments) + 1
        for source in index.of_type(*definition.source.types):
            if not definition.source.matches(index.components[source]):
                continue
            for edge in index.edges_under(source, "properties", segments[0]):
                if len(edge.tokens) != depth or not _matches(edge.tokens[1:], segments):
                    continue
                if index.type_of(edge.target) in definition.target.types:
                    yield source, edge.target, edge


def _matches(tokens: tuple, segments: tuple[str, ...]) -> bool:
    return all(
        isinstance(token, int) if segment == "*" else token == segment
        for token, segment in zip(tokens, segments, strict=True)
    )


class Rule:
    """A check over a design that returns suggestions and never raises for one.

    ``id`` starts with the severity letter (E, W or I). ``definition``
    names the curated definition whose explanation and links the rule's
    suggestions show unless a suggestion gives its own.
    """

    id: str = ""
    shortdesc: str = ""
    description: str = ""
    definition: str | None = None

    def evaluate(self, context: Context) -> Iterable[Suggestion]:
        """Return the suggestions this rule makes on the design."""
        raise NotImplementedError

    def suggest(
        self,
        context: Context,
        *,
        kind: str,
        components: list[str],
        detail: str,
        title: str,
        patch: list[dict[str, Any]] | None = None,
        choices: list[Choice] | None = None,
        explanation: str | None = None,
        docs: list[str] | None = None,
        definition: str | None = None,
    ) -> Suggestion:
        """Return a suggestion of this rule with a stable id."""
        source = context.definitions.get(definition or self.definition or "")
        return Suggestion(
            id=stable_id(self.id, components, detail),
            kind=kind,
            severity=severity_of(self.id),
            rule=self.id,
            title=title,
            explanation=explanation
            or (source.explanation if source else self.description),
            docs=list(docs if docs is not None else (source.docs if source else ())),
            components=list(components),
            patch=list(patch or []),
            choices=list(choices or []),
        )
