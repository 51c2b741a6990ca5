"""A curated property holds the target the way the property needs."""

from __future__ import annotations

from ...patches import add
from ...walker import GET_ATT, REF, SUB
from ..base import Rule


class ValueKind(Rule):
    """Rewrite a Ref that should be a GetAtt, or a GetAtt that should be a Ref."""

    id = "E7001"
    shortdesc = "Reference written the way the property needs"
    description = (
        "Each curated binding says whether its property takes the target's "
        "Ref or one of its attributes; a reference of the other kind is "
        "rewritten, e.g. AssociatedRoles RoleArn takes GetAtt Role.Arn because "
        "Ref of a role returns its name."
    )

    def evaluate(self, context):
        """Return a fix for each binding written with the wrong intrinsic."""
        for definition in context.definitions.values():
            if not definition.value:
                continue
            for source, target, edge in context.bindings(definition):
                if _fits(edge, definition.attribute):
                    continue
                node = _node(context.index.components[source], edge.tokens)
                if not _pure(node):
                    continue
                expected = definition.reference(target)
                readable = definition.path.replace("/*", "[]").replace("/", ".")
                written = "Ref" if edge.kind == REF else f"{edge.kind} {edge.attribute}"
                wanted = (
                    f"GetAtt {definition.attribute}" if definition.attribute else "Ref"
                )
                yield self.suggest(
                    context,
                    kind="fix",
                    components=[source, target],
                    detail=f"{definition.id}:{'/'.join(map(str, edge.tokens))}",
                    title=f"{source}.{readable} takes {wanted} of {target}, "
                    f"not {written}",
                    patch=[add(("components", source, *edge.tokens), expected)],
                    definition=definition.id,
                )


def _fits(edge, attribute: str | None) -> bool:
    if attribute is None:
        return edge.kind == REF or (edge.kind == SUB and edge.attribute is None)
    return edge.kind in (GET_ATT, SUB) and edge.attribute == attribute


def _node(component: dict, tokens: tuple):
    node = component
    for token in tokens:
        node = node[token]
    return node


def _pure(node) -> bool:
    """Return whether node is one intrinsic and nothing else around it."""
    if not isinstance(node, dict) or len(node) != 1:
        return False
    ((key, value),) = node.items()
    if key == "Fn::Sub":
        return (
            isinstance(value, str)
            and value.startswith("${")
            and value.endswith("}")
            and value.count("${") == 1
        )
    return key in ("Ref", "Fn::GetAtt")
