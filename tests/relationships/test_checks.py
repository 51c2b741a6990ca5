import shutil

from django.core import checks

from relationships.checks import check_definitions
from relationships.loader import DEFINITIONS_DIR


def test_the_packaged_definitions_pass():
    assert check_definitions(None) == []


def test_the_check_is_registered():
    assert check_definitions in checks.registry.registry.get_checks()


def test_a_broken_definition_fails_with_file_and_reason(tmp_path):
    shutil.copy(DEFINITIONS_DIR / "schema.json", tmp_path)
    (tmp_path / "broken.yaml").write_text(
        "id: broken\nkind: sideways\n", encoding="utf-8"
    )

    errors = check_definitions(None, directory=tmp_path)

    assert {error.id for error in errors} == {"relationships.E001"}
    messages = [error.msg for error in errors]
    assert any(
        m.startswith("broken.yaml: kind: ") and "sideways" in m for m in messages
    )
    assert any(
        "broken.yaml: (top): 'type' is a required property" == m for m in messages
    )
