"""Where the shared corpus of public CloudFormation templates lives.

It sits beside the checkout (../shared/corpus) and is never committed;
DESIGNER_CORPUS points elsewhere. Tests that need it skip when it is absent.
"""

import os
from pathlib import Path

CORPUS_DIR = Path(
    os.environ.get(
        "DESIGNER_CORPUS",
        Path(__file__).resolve().parents[2] / "shared" / "corpus",
    )
)
CORPUS_FILES = sorted(
    path
    for pattern in ("*.yaml", "*.yml", "*.json")
    for path in CORPUS_DIR.glob(pattern)
)
