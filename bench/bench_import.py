"""Time importing templates beside cfn-lint's own parse and graph of them.

For the corpus's largest templates and a generated 1,000-resource one, in
the same run: our import (cfn-lint's decoder, then the design document),
against cfn-lint's decoder followed by its Template, which builds its
graph of the resources. Layout is timed apart, as it is Graphviz's work.
Prints the times (best of 5) and the ratio import / cfn-lint.
"""

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cfnlint.decode import decode_str  # noqa: E402
from cfnlint.template import Template  # noqa: E402

from designer.layout import layout_positions  # noqa: E402
from designer.template.export import to_yaml  # noqa: E402
from designer.template.importer import import_template  # noqa: E402

CORPUS = Path(os.environ.get("DESIGNER_CORPUS", ROOT.parent / "shared" / "corpus"))
LARGEST = 4
RUNS = 5


def generated_template(size=1000):
    """Return a template of size resources that reference each other."""
    resources = {}
    for number in range(size):
        kind = number % 4
        if kind == 0:
            resources[f"Bucket{number}"] = {"Type": "AWS::S3::Bucket"}
        elif kind == 1:
            resources[f"Role{number}"] = {
                "Type": "AWS::IAM::Role",
                "Properties": {
                    "AssumeRolePolicyDocument": {
                        "Version": "2012-10-17",
                        "Statement": [
                            {
                                "Effect": "Allow",
                                "Principal": {"Service": "lambda.amazonaws.com"},
                                "Action": "sts:AssumeRole",
                            }
                        ],
                    },
                    "Policies": [
                        {
                            "PolicyName": "read",
                            "PolicyDocument": {
                                "Version": "2012-10-17",
                                "Statement": [
                                    {
                                        "Effect": "Allow",
                                        "Action": "s3:GetObject",
                                        "Resource": {
                                            "Fn::Sub": f"${{Bucket{number - 1}.Arn}}/*"
                                        },
                                    }
                                ],
                            },
                        }
                    ],
                },
            }
        elif kind == 2:
            resources[f"Function{number}"] = {
                "Type": "AWS::Lambda::Function",
                "Properties": {
                    "Runtime": "python3.12",
                    "Handler": "index.handler",
                    "Role": {"Fn::GetAtt": [f"Role{number - 1}", "Arn"]},
                    "Code": {"ZipFile": "def handler(event, context): pass"},
                },
            }
        else:
            resources[f"Queue{number}"] = {
                "Type": "AWS::SQS::Queue",
                "DependsOn": [f"Function{number - 1}"],
            }
    return to_yaml({"AWSTemplateFormatVersion": "2010-09-09", "Resources": resources})


def best(function, text):
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        result = function(text)
        times.append(time.perf_counter() - started)
    return min(times), result


def cfn_lint_graph(text):
    template, matches = decode_str(text)
    assert not matches, matches
    return Template("bench.yaml", template, ["us-east-1"])


def main():
    inputs = []
    if CORPUS.is_dir():
        files = sorted(
            (p for p in CORPUS.iterdir() if p.suffix in {".yaml", ".yml", ".json"}),
            key=lambda p: p.stat().st_size,
            reverse=True,
        )
        inputs = [(p.name[-48:], p.read_text()) for p in files[:LARGEST]]
    else:
        print(f"(no corpus at {CORPUS}; generated template only)")
    inputs.append(("generated, 1,000 resources", generated_template()))

    print(f"{'template':50} {'KB':>6} {'import':>9} {'cfn-lint':>9} {'ratio':>6}")
    for name, text in inputs:
        ours, document = best(import_template, text)
        theirs, _ = best(cfn_lint_graph, text)
        print(
            f"{name:50} {len(text) / 1024:6.0f} {ours * 1000:7.1f}ms "
            f"{theirs * 1000:7.1f}ms {ours / theirs:6.2f}"
        )
    started = time.perf_counter()
    layout_positions(document)
    elapsed = time.perf_counter() - started
    print(f"Graphviz layout of the generated design: {elapsed:.2f} s")


if __name__ == "__main__":
    main()
