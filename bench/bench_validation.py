"""Time validate_template on a 50-component design, cold and warm."""

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from designer.template.validation import validate_template  # noqa: E402
from relationships.catalog import get_catalog, starter_properties  # noqa: E402
from relationships.generic_references import (  # noqa: E402
    apply_candidate,
    candidate_references,
)

WARM_RUNS = 20
WARM_BUDGET_SECONDS = 1.0


def build_template() -> dict:
    """Return a template of clusters, roles, buckets and functions."""
    catalog = get_catalog()
    role_refs = candidate_references(catalog, "AWS::RDS::DBCluster", "AWS::IAM::Role")
    resources: dict = {}

    # Thirteen roles and thirteen buckets
    for index in range(13):
        resources[f"Role{index}"] = {
            "Type": "AWS::IAM::Role",
            "Properties": starter_properties("AWS::IAM::Role"),
        }
        resources[f"Bucket{index}"] = {
            "Type": "AWS::S3::Bucket",
            "Properties": starter_properties("AWS::S3::Bucket"),
        }

    # Twelve clusters, each referencing a role through every candidate
    for index in range(12):
        properties = starter_properties("AWS::RDS::DBCluster")
        for candidate in role_refs:
            properties = apply_candidate(properties, candidate, f"Role{index}")
        properties["MonitoringInterval"] = 60
        resources[f"Cluster{index}"] = {
            "Type": "AWS::RDS::DBCluster",
            "Properties": properties,
        }

    # Twelve functions, each with a role and a bucket
    for index in range(12):
        properties = starter_properties("AWS::Lambda::Function")
        properties["Role"] = {"Fn::GetAtt": [f"Role{index}", "Arn"]}
        properties["Environment"] = {"Variables": {"BUCKET": {"Ref": f"Bucket{index}"}}}
        resources[f"Function{index}"] = {
            "Type": "AWS::Lambda::Function",
            "Properties": properties,
        }

    assert len(resources) == 50, "The design should hold 50 components."
    return {"AWSTemplateFormatVersion": "2010-09-09", "Resources": resources}


def edit(template: dict, run: int) -> dict:
    """Return template with one component changed, as an edit would."""
    resources = dict(template["Resources"])
    bucket = dict(resources["Bucket0"])
    bucket["Properties"] = {
        **bucket["Properties"],
        "Tags": [{"Key": "revision", "Value": str(run)}],
    }
    resources["Bucket0"] = bucket
    return {**template, "Resources": resources}


def timed(template: dict) -> float:
    """Return the seconds one validate_template call takes."""
    started = time.perf_counter()
    validate_template(template)
    return time.perf_counter() - started


def main() -> None:
    template = build_template()

    # First call: loads cfn-lint's rules
    started = time.perf_counter()
    findings = validate_template(template)
    first = time.perf_counter() - started

    # Warm calls, each on a template edited in one component
    edited = [timed(edit(template, run)) for run in range(WARM_RUNS)]
    warm = statistics.mean(edited)

    # Warm calls on the unchanged template, answered from the cache
    repeated = statistics.mean(timed(template) for _ in range(WARM_RUNS))

    print(f"components: {len(template['Resources'])}")
    print(f"findings: {len(findings)}")
    for finding in findings:
        print(f"  {finding.rule} {finding.component}: {finding.message}")
    print(f"first call: {first:.3f} s")
    print(
        f"warm mean of {WARM_RUNS} edited templates: {warm:.3f} s "
        f"(min {min(edited):.3f}, max {max(edited):.3f})"
    )
    print(f"warm mean of {WARM_RUNS} unchanged templates: {repeated * 1000:.2f} ms")
    if warm >= WARM_BUDGET_SECONDS:
        sys.exit(f"Warm validation took {warm:.3f} s, over {WARM_BUDGET_SECONDS} s.")


if __name__ == "__main__":
    main()
