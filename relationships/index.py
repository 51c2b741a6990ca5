"""Index a design once: components by type, and references both ways."""

from __future__ import annotations

import logging
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

from .walker import Edge, component_edges

logger = logging.getLogger(__name__)


class DesignIndex:
    """The components of a design by type, with their references both ways.

    Only references between two different components of the design count;
    parameters, pseudo parameters and unknown names are not edges.
    """

    def __init__(self, document: dict[str, Any]) -> None:
        started = time.perf_counter()
        self.document = document
        self.components: dict[str, dict] = document.get("components") or {}
        self.by_type: dict[str, list[str]] = defaultdict(list)
        self.outgoing: dict[str, list[Edge]] = {}
        self.incoming: dict[str, list[tuple[str, Edge]]] = defaultdict(list)
        self._cycle_answers: dict[frozenset, bool] = {}
        self._cells: dict[tuple[int, int], list[tuple[float, float]]] | None = None

        # One pass over every component
        components = self.components
        for logical_id, component in components.items():
            self.by_type[component.get("type", "")].append(logical_id)
            edges = [
                edge
                for edge in component_edges(component)
                if edge.target in components and edge.target != logical_id
            ]
            self.outgoing[logical_id] = edges
            for edge in edges:
                self.incoming[edge.target].append((logical_id, edge))

        logger.debug(
            "Indexed %s components in %.3f s",
            len(components),
            time.perf_counter() - started,
        )

    # Lookup

    def of_type(self, *types: str) -> list[str]:
        """Return the logical IDs of the components of the given types."""
        found: list[str] = []
        for type_name in types:
            found.extend(self.by_type.get(type_name, ()))
        return found

    def type_of(self, logical_id: str) -> str | None:
        """Return the resource type of a component, or None if it is unknown."""
        component = self.components.get(logical_id)
        return component.get("type") if component else None

    def properties(self, logical_id: str) -> dict:
        """Return the properties of a component, empty when it has none."""
        return self.components[logical_id].get("properties") or {}

    def edges_under(self, logical_id: str, *prefix: str | int) -> list[Edge]:
        """Return the references a component makes under a token prefix."""
        size = len(prefix)
        return [
            edge
            for edge in self.outgoing.get(logical_id, ())
            if edge.tokens[:size] == prefix
        ]

    def referrers(self, logical_id: str, *types: str) -> list[tuple[str, Edge]]:
        """Return (source, edge) for each reference to a component."""
        found = self.incoming.get(logical_id, ())
        if not types:
            return list(found)
        return [item for item in found if self.type_of(item[0]) in types]

    def new_logical_id(self, base: str, taken: Iterable[str] = ()) -> str:
        """Return base, or base with the smallest free number appended."""
        reserved = set(taken)
        parameters = (self.document.get("template") or {}).get("Parameters") or {}

        def free(name: str) -> bool:
            return (
                name not in self.components
                and name not in parameters
                and name not in reserved
            )

        if free(base):
            return base
        number = 2
        while not free(f"{base}{number}"):
            number += 1
        return f"{base}{number}"

    def position_near(self, logical_id: str, slot: int = 0) -> dict[str, float]:
        """Return a free canvas position beside a component, one slot per new one.

        Far enough right that an edge label fits between the two boxes, and
        moved down past any component already there.
        """
        position = self.components[logical_id].get("position") or {}
        x = float(position.get("x", 0)) + 300.0 * (1 + slot % 3)
        y = float(position.get("y", 0)) + 160.0 * (slot // 3)
        while self._occupied(x, y):
            y += 160.0
        return {"x": x, "y": y}

    def _occupied(self, x: float, y: float) -> bool:
        """Return whether a component's box lies near (x, y)."""
        cells = self._position_cells()
        column, row = int(x // 200.0), int(y // 80.0)
        for cell in ((column + dc, row + dr) for dc in (-1, 0, 1) for dr in (-1, 0, 1)):
            for other_x, other_y in cells.get(cell, ()):
                if abs(other_x - x) < 200.0 and abs(other_y - y) < 80.0:
                    return True
        return False

    def _position_cells(self) -> dict[tuple[int, int], list[tuple[float, float]]]:
        """Return the components' positions bucketed in 200 x 80 cells, once."""
        if self._cells is None:
            self._cells = {}
            for component in self.components.values():
                position = component.get("position")
                try:
                    x = float(position.get("x", 0))
                    y = float(position.get("y", 0))
                except (AttributeError, TypeError, ValueError):
                    continue
                cell = (int(x // 200.0), int(y // 80.0))
                self._cells.setdefault(cell, []).append((x, y))
        return self._cells

    # Graph

    def successors(self, logical_id: str) -> Iterator[str]:
        """Yield the components a component references, once each."""
        seen = set()
        for edge in self.outgoing.get(logical_id, ()):
            if edge.target not in seen:
                seen.add(edge.target)
                yield edge.target

    def reaches(
        self,
        start: str,
        goal: str,
        extra: dict[str, set[str]] | None = None,
    ) -> bool:
        """Return whether a path of references leads from start to goal."""
        extra = extra or {}
        seen = {start}
        stack = [start]
        while stack:
            node = stack.pop()
            if node == goal:
                return True
            for successor in (*self.successors(node), *extra.get(node, ())):
                if successor not in seen:
                    seen.add(successor)
                    stack.append(successor)
        return False

    def creates_cycle(self, new_edges: Iterable[tuple[str, str]]) -> bool:
        """Return whether adding the given (source, target) edges closes a cycle."""
        pairs = frozenset((s, t) for s, t in new_edges if s != t)
        known = self._cycle_answers.get(pairs)
        if known is not None:
            return known
        extra: dict[str, set[str]] = defaultdict(set)
        for source, target in pairs:
            extra[source].add(target)
        answer = any(self.reaches(target, source, extra) for source, target in pairs)
        self._cycle_answers[pairs] = answer
        return answer

    def cycles(self) -> list[list[str]]:
        """Return each group of components that reference one another in a loop.

        An iterative Tarjan search: strongly connected components of two or
        more members, each listed in design order.
        """
        order = {name: position for position, name in enumerate(self.components)}
        index: dict[str, int] = {}
        low: dict[str, int] = {}
        on_stack: set[str] = set()
        stack: list[str] = []
        groups: list[list[str]] = []
        counter = 0

        for root in self.components:
            if root in index:
                continue
            work = [(root, iter(list(self.successors(root))))]
            index[root] = low[root] = counter
            counter += 1
            stack.append(root)
            on_stack.add(root)
            while work:
                node, children = work[-1]
                advanced = False
                for child in children:
                    if child not in index:
                        index[child] = low[child] = counter
                        counter += 1
                        stack.append(child)
                        on_stack.add(child)
                        work.append((child, iter(list(self.successors(child)))))
                        advanced = True
                        break
                    if child in on_stack:
                        low[node] = min(low[node], index[child])
                if advanced:
                    continue
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    group = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.append(member)
                        if member == node:
                            break
                    if len(group) > 1:
                        groups.append(sorted(group, key=order.__getitem__))
        return groups
