"""Evaluate a design: run every rule, keep what is new and safe to apply.

Each suggestion's patch applies to the document as it was evaluated;
after applying one, evaluate again for the next.
"""

from __future__ import annotations

import gc
import logging
import time
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from .index import DesignIndex
from .loader import get_definitions
from .patches import new_edges
from .rules import RULES, Context, Rule
from .suggestions import Suggestion, severity_of, stable_id

logger = logging.getLogger(__name__)

CRASH_RULE = "E7000"


def evaluate(
    document: dict[str, Any],
    *,
    dismissed: frozenset[str] | set[str] = frozenset(),
    rules: Iterable[Rule] | None = None,
) -> list[Suggestion]:
    """Return the suggestions for a design, leaving out the dismissed ids.

    A rule that crashes becomes a suggestion of its own (rule E7000) and
    its traceback is logged at debug. A patch or choice that would close a
    circle of references is dropped, so no suggestion creates a cycle.
    """
    # Evaluation allocates many small acyclic objects; the cyclic collector
    # would rescan them over and over, a third of the time on big designs.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _evaluate(document, dismissed, RULES if rules is None else rules)
    finally:
        if collecting:
            gc.enable()


def _evaluate(document, dismissed, rules) -> list[Suggestion]:
    started = time.perf_counter()
    index = DesignIndex(document)
    context = Context(index, get_definitions())
    found: list[Suggestion] = []

    for rule in rules:
        try:
            suggestions = list(rule.evaluate(context))
        except Exception as error:
            logger.debug("Rule %s crashed", rule.id, exc_info=True)
            suggestions = [_crash(rule, error)]
        for suggestion in suggestions:
            if suggestion.id in dismissed:
                continue
            safe = _without_cycles(index, suggestion)
            if safe is not None:
                found.append(safe)

    logger.debug(
        "Evaluated %s components into %s suggestions in %.3f s",
        len(index.components),
        len(found),
        time.perf_counter() - started,
    )
    return found


def _crash(rule: Rule, error: Exception) -> Suggestion:
    return Suggestion(
        id=stable_id(CRASH_RULE, [], rule.id),
        kind="warn",
        severity=severity_of(CRASH_RULE),
        rule=CRASH_RULE,
        title=f"Rule {rule.id} ({rule.shortdesc}) could not run",
        explanation=f"{type(error).__name__}: {error}",
        docs=[],
        components=[],
        patch=[],
    )


def _without_cycles(index: DesignIndex, suggestion: Suggestion) -> Suggestion | None:
    """Return the suggestion without choices that close a cycle, or None."""
    if not suggestion.choices:
        if suggestion.patch and index.creates_cycle(
            new_edges(index.document, suggestion.patch)
        ):
            logger.debug("Dropped %s: its patch closes a cycle", suggestion.id)
            return None
        return suggestion
    choices = [
        choice
        for choice in suggestion.choices
        if not index.creates_cycle(new_edges(index.document, choice.patch))
    ]
    if not choices:
        logger.debug("Dropped %s: every choice closes a cycle", suggestion.id)
        return None
    return (
        suggestion
        if len(choices) == len(suggestion.choices)
        else replace(suggestion, choices=choices)
    )
