"""The server loads the catalog and the validator before they are asked for."""

from designer import warm_up
from designer.template import validation
from relationships.catalog import catalog as catalogs


def test_warming_up_builds_the_catalog_and_the_validator(monkeypatch):
    monkeypatch.setattr(catalogs, "_catalogs", {})
    monkeypatch.setattr(validation, "_validator", None)

    warm_up.warm_up_in_background().join(timeout=120)

    assert set(catalogs._catalogs) == {catalogs.DEFAULT_REGION}
    assert validation._validator is not None
