"""Time evaluate() on designs of 100, 1,000 and 10,000 components."""

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from relationships.engine import evaluate  # noqa: E402
from relationships.loader import get_definitions  # noqa: E402

SIZES = (100, 1_000, 10_000)
RUNS = 3
BUDGET_SECONDS = 1.0


def _component(resource_type, properties, x):
    return {
        "type": resource_type,
        "properties": properties,
        "attributes": {},
        "position": {"x": x, "y": 0},
    }


def build_design(size: int) -> dict:
    """Return a design of size components: groups of a cluster and its peers.

    Each group of five is a cluster, an RDS role bound through AssociatedRoles
    (half written wrongly with Ref), a bucket, a function that reads the
    cluster's endpoint and its execution role.
    """
    components = {}
    for group in range(size // 5):
        cluster, rds_role = f"Cluster{group}", f"RdsRole{group}"
        bucket, function, exec_role = (
            f"Bucket{group}",
            f"Function{group}",
            f"Exec{group}",
        )
        engine = "aurora-postgresql" if group % 2 else "aurora-mysql"
        arn = {"Ref": rds_role} if group % 4 == 0 else {"Fn::GetAtt": [rds_role, "Arn"]}
        components[cluster] = _component(
            "AWS::RDS::DBCluster",
            {
                "Engine": engine,
                "MasterUsername": "dbadmin",
                "ManageMasterUserPassword": True,
                "EnableIAMDatabaseAuthentication": True,
                "MonitoringInterval": 60,
                "AssociatedRoles": [{"RoleArn": arn}],
            },
            group,
        )
        components[rds_role] = _component(
            "AWS::IAM::Role",
            {"AssumeRolePolicyDocument": _trust("rds.amazonaws.com")},
            group,
        )
        components[bucket] = _component("AWS::S3::Bucket", {}, group)
        components[exec_role] = _component(
            "AWS::IAM::Role",
            {"AssumeRolePolicyDocument": _trust("lambda.amazonaws.com")},
            group,
        )
        components[function] = _component(
            "AWS::Lambda::Function",
            {
                "Runtime": "python3.13",
                "Handler": "index.handler",
                "Code": {"ZipFile": "def handler(event, context):\n    return {}\n"},
                "Role": {"Fn::GetAtt": [exec_role, "Arn"]},
                "Environment": {
                    "Variables": {
                        "DB_HOST": {"Fn::GetAtt": [cluster, "Endpoint.Address"]},
                        "BUCKET": {"Ref": bucket},
                    }
                },
            },
            group,
        )
    return {
        "template": {"AWSTemplateFormatVersion": "2010-09-09"},
        "components": components,
    }


def _trust(service):
    return {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": {"Service": [service]},
                "Action": "sts:AssumeRole",
            }
        ],
    }


def best_of(document) -> tuple[float, int]:
    """Return the best time of RUNS evaluations, and the suggestion count."""
    best, count = float("inf"), 0
    for _ in range(RUNS):
        started = time.perf_counter()
        count = len(evaluate(document))
        best = min(best, time.perf_counter() - started)
    return best, count


def main() -> None:
    get_definitions()
    previous = None
    timings = {}
    for size in SIZES:
        seconds, count = best_of(build_design(size))
        timings[size] = seconds
        growth = f", {seconds / previous:.1f}x the previous size" if previous else ""
        print(
            f"{size:>6} components: {seconds * 1000:8.1f} ms best of {RUNS}, {count} "
            f"suggestions{growth}"
        )
        previous = seconds
    if timings[SIZES[-1]] >= BUDGET_SECONDS:
        sys.exit(
            f"evaluate() took {timings[SIZES[-1]]:.3f} s on {SIZES[-1]} components, "
            f"over {BUDGET_SECONDS} s."
        )


if __name__ == "__main__":
    main()
