"""A bound component meets what its relationship requires of it."""

from __future__ import annotations

import copy

import jsonpatch

from ...conditions import CONDITIONS
from ...index import DesignIndex
from ..base import Rule


class Requirements(Rule):
    """Fix a bound role that lacks the trust or managed policy it needs."""

    id = "E7002"
    shortdesc = "Bound component meets the relationship's requirements"
    description = (
        "Each curated binding lists what must hold on its target, such as the "
        "service principal a role's trust policy allows or the managed policy "
        "it carries; the fix adds what is missing, all in one patch."
    )

    def evaluate(self, context):
        """Return one fix per bound target that misses a requirement."""
        index = context.index
        for definition in context.definitions.values():
            if not definition.requires:
                continue
            done = set()
            for source, target, _edge in context.bindings(definition):
                if target in done:
                    continue
                done.add(target)
                missing = [
                    requirement
                    for requirement in definition.requires
                    if not CONDITIONS[requirement["condition"]].holds(
                        index, target, requirement
                    )
                ]
                if not missing:
                    continue
                yield self.suggest(
                    context,
                    kind="fix",
                    components=[target, source],
                    detail=f"{definition.id}:{_describe(missing)}",
                    title=f"Make {target} fit its use by {source}: "
                    f"{definition.title.lower()}",
                    explanation=" ".join(
                        CONDITIONS[r["condition"]].describe(r) for r in missing
                    )
                    + " "
                    + definition.explanation,
                    patch=_fixes(index, target, missing),
                    definition=definition.id,
                )


def _describe(requirements: list[dict]) -> str:
    return ";".join(
        ",".join(f"{key}={requirement[key]}" for key in sorted(requirement))
        for requirement in requirements
    )


def _fixes(index: DesignIndex, target: str, requirements: list[dict]) -> list[dict]:
    """Return every requirement's fix, each computed after the one before."""
    working = {
        "template": {},
        "components": {target: copy.deepcopy(index.components[target])},
    }
    operations: list[dict] = []
    for requirement in requirements:
        fix = CONDITIONS[requirement["condition"]].fix(
            DesignIndex(working), target, requirement
        )
        jsonpatch.apply_patch(working, fix, in_place=True)
        operations.extend(fix)
    return operations
