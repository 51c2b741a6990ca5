"""Time the Graphviz layout of generated designs of several hundred components.

Each component refers to the one before it and to one further away, so the
graph is tangled the way real designs are. Prints seconds per size.
"""

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from designer.layout import layout_positions  # noqa: E402

SIZES = (100, 300, 600)


def tangled_design(size):
    """Return a design of size roles referring to each other."""
    components = {}
    for number in range(size):
        properties = {}
        if number % 5:
            properties = {
                "Previous": {"Fn::GetAtt": [f"Role{number - 1}", "Arn"]},
                "Other": {"Ref": f"Role{(number * 7) % size}"},
            }
        components[f"Role{number}"] = {
            "type": "AWS::IAM::Role",
            "properties": properties,
            "attributes": {},
            "position": {"x": 0, "y": 0},
        }
    return {"template": {}, "components": components}


def main():
    for size in SIZES:
        design = tangled_design(size)
        started = time.perf_counter()
        layout_positions(design)
        elapsed = time.perf_counter() - started
        print(f"{size:5d} components: {elapsed:6.2f} s")


if __name__ == "__main__":
    main()
