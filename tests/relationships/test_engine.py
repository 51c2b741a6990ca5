import json
import logging

from relationships.engine import CRASH_RULE, evaluate
from relationships.rules.base import Rule

from .designs import applied, bucket, by_rule, cluster, design, getatt, role


class Exploding(Rule):
    id = "E7999"
    shortdesc = "Always crashes"

    def evaluate(self, context):
        raise RuntimeError("boom")


class Cyclic(Rule):
    id = "W7998"
    shortdesc = "Suggests a cycle"

    def evaluate(self, context):
        patch = [
            {
                "op": "add",
                "path": "/components/Role/properties/Tags",
                "value": [{"Key": "c", "Value": {"Ref": "Cluster"}}],
            }
        ]
        yield self.suggest(
            context, kind="fix", components=["Role"], detail="x", title="t", patch=patch
        )


def broken_design():
    return design(
        Cluster=cluster(
            MonitoringInterval=60, AssociatedRoles=[{"RoleArn": {"Ref": "Role"}}]
        ),
        Role=role("rds.amazonaws.com", source_account=False),
        Bucket=bucket(),
    )


def test_a_crashing_rule_becomes_a_suggestion_and_logs_at_debug(caplog):
    with caplog.at_level(logging.DEBUG, logger="relationships.engine"):
        (suggestion,) = evaluate(design(Bucket=bucket()), rules=[Exploding()])

    assert suggestion.rule == CRASH_RULE
    assert "E7999" in suggestion.title and "boom" in suggestion.explanation
    assert any(record.exc_info for record in caplog.records)


def test_ids_are_stable_and_as_dict_is_json():
    first = evaluate(broken_design())
    second = evaluate(broken_design())

    assert [s.id for s in first] == [s.id for s in second]
    assert len({s.id for s in first}) == len(first)
    json.dumps([s.as_dict() for s in first])


def test_ids_do_not_depend_on_positions():
    moved = broken_design()
    moved["components"]["Cluster"]["position"] = {"x": 500, "y": 900}

    assert [s.id for s in evaluate(moved)] == [s.id for s in evaluate(broken_design())]


def test_dismissed_suggestions_are_left_out():
    suggestions = evaluate(broken_design())
    dismissed = frozenset({suggestions[0].id})

    assert [s.id for s in evaluate(broken_design(), dismissed=dismissed)] == [
        s.id for s in suggestions[1:]
    ]


def test_a_patch_that_closes_a_cycle_is_dropped():
    document = design(
        Cluster=cluster(AssociatedRoles=[{"RoleArn": getatt("Role")}]), Role=role()
    )

    assert evaluate(document, rules=[Cyclic()]) == []


def test_every_patch_applies():
    document = broken_design()
    for suggestion in evaluate(document):
        for patch in [suggestion.patch, *[c.patch for c in suggestion.choices]]:
            applied(document, patch)
    assert by_rule(evaluate(document), "E7001")
