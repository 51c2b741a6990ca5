"""Reusing cfn-lint's validator classes changes no finding."""

import pytest

from designer.template import cfn_lint_speedup, validation
from designer.template.importer import parse_template
from tests.corpus import CORPUS_DIR as CORPUS
from tests.corpus import CORPUS_FILES as TEMPLATES


def findings_of(template):
    validation.clear_cache()
    return sorted(
        (f.rule, f.message, f.path) for f in validation.validate_template(template)
    )


@pytest.mark.skipif(not TEMPLATES, reason=f"the corpus is not at {CORPUS}")
def test_findings_on_the_corpus_are_the_same_with_and_without_reuse():
    templates = [parse_template(path.read_text()) for path in TEMPLATES]
    validation.warm_up()
    compared = 0
    try:
        cfn_lint_speedup.uninstall()
        plain = [findings_of(template) for template in templates]
        cfn_lint_speedup.install()
        reused = [findings_of(template) for template in templates]
    finally:
        cfn_lint_speedup.install()
    for path, without, with_reuse in zip(TEMPLATES, plain, reused, strict=True):
        assert without == with_reuse, path.name
        compared += len(without)
    # The corpus holds invalid templates on purpose: findings were compared.
    assert compared > 0
