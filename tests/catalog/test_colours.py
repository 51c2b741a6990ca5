from relationships.catalog import colour_for, family_for, get_catalog
from relationships.catalog.colours import FALLBACK_COLOURS, FAMILY_COLOURS


def test_services_take_their_icon_family_colour():
    assert colour_for("Lambda") == FAMILY_COLOURS["compute"]
    assert colour_for("RDS") == FAMILY_COLOURS["database"]
    assert colour_for("S3") == FAMILY_COLOURS["storage"]
    assert colour_for("IAM") == FAMILY_COLOURS["security"]
    assert colour_for("EC2") == FAMILY_COLOURS["compute"]
    assert family_for("Route53") == "networking"


def test_families_are_told_apart():
    families = ["compute", "database", "storage", "security", "networking"]

    assert len({FAMILY_COLOURS[family] for family in families}) == len(families)


def test_unmapped_services_get_a_stable_fallback_colour():
    assert family_for("Braket") is None
    assert colour_for("Braket") in FALLBACK_COLOURS
    assert colour_for("Braket") == colour_for("Braket")


def test_every_catalog_type_has_a_colour():
    catalog = get_catalog()

    for result in catalog.search(limit=100):
        assert result.colour.startswith("#") and len(result.colour) == 7
