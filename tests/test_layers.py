"""The inner layers never import the outer ones."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# (folder, what its modules may not import, modules exempt: the Django glue)
RULES = [
    (
        "relationships",
        ("designer", "django", "rest_framework", "channels"),
        {"apps.py", "checks.py"},
    ),
    (
        "designer/template",
        ("django", "rest_framework", "channels", "designer.models", "designer.api"),
        set(),
    ),
    (
        "designer/layout",
        ("django", "rest_framework", "channels", "designer.models", "designer.api"),
        set(),
    ),
]


def imported_modules(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            yield node.module


@pytest.mark.parametrize("folder, forbidden, exempt", RULES, ids=[r[0] for r in RULES])
def test_folder_imports_nothing_from_outer_layers(folder, forbidden, exempt):
    offences = [
        f"{path.relative_to(ROOT)} imports {module}"
        for path in sorted((ROOT / folder).rglob("*.py"))
        if path.name not in exempt
        for module in imported_modules(path)
        if any(module == name or module.startswith(name + ".") for name in forbidden)
    ]

    assert offences == []
