import time

import pytest

from relationships.catalog import FEATURED_TYPES, Catalog, get_catalog


@pytest.fixture(scope="module")
def catalog():
    return get_catalog()


def test_catalog_lists_every_provider_resource_type(catalog):
    assert len(catalog.types()) > 1800


def test_catalog_lists_only_vendor_service_resource_names(catalog):
    assert "Module" not in catalog
    assert all(name.count("::") == 2 for name in catalog.types())


def test_get_catalog_builds_one_catalog_per_region(catalog):
    assert get_catalog() is catalog
    assert isinstance(catalog, Catalog)


def test_get_returns_none_for_an_unknown_type(catalog):
    assert catalog.get("AWS::Nope::Nothing") is None
    assert catalog.get("Module") is None


def test_get_caches_each_resource_type(catalog):
    assert catalog.get("AWS::S3::Bucket") is catalog.get("AWS::S3::Bucket")


def test_empty_search_lists_featured_types_first_in_palette_order(catalog):
    results = catalog.search(limit=len(FEATURED_TYPES) + 5)

    names = [result.type for result in results]
    assert names[: len(FEATURED_TYPES)] == list(FEATURED_TYPES)
    rest = names[len(FEATURED_TYPES) :]
    assert rest == sorted(rest)
    assert all(result.featured for result in results[: len(FEATURED_TYPES)])


def test_search_ranks_the_exact_type_first(catalog):
    results = catalog.search("aws::s3::bucket")

    assert results[0].type == "AWS::S3::Bucket"
    assert "AWS::S3::BucketPolicy" in [result.type for result in results]


def _match_kind(type_name, text):
    if type_name.lower() == text:
        return 0
    if type_name.split("::")[-1].lower().startswith(text):
        return 1
    if text in type_name.lower():
        return 2
    return 3


def test_search_ranks_name_prefix_then_type_substring_then_description(catalog):
    results = catalog.search("policy", limit=2000)
    kinds = [_match_kind(result.type, "policy") for result in results]

    assert kinds == sorted(kinds)
    assert {1, 2, 3} <= set(kinds)
    names = [result.type for result in results]
    assert names.index("AWS::IAM::Policy") < names.index("AWS::S3::BucketPolicy")


def test_search_matches_descriptions(catalog):
    results = catalog.search("aurora", limit=2000)

    assert "AWS::RDS::DBCluster" in [result.type for result in results]
    assert all("aurora" in result.description.lower() for result in results)


def test_search_puts_featured_types_first_within_a_rank(catalog):
    names = [result.type for result in catalog.search("db")]

    assert names[:2] == ["AWS::RDS::DBCluster", "AWS::RDS::DBSubnetGroup"]


def test_search_is_case_insensitive_and_honours_the_limit(catalog):
    upper = [result.type for result in catalog.search("LAMBDA", limit=7)]
    lower = [result.type for result in catalog.search("lambda", limit=7)]

    assert upper == lower
    assert len(upper) == 7


def test_search_without_a_match_is_empty(catalog):
    assert catalog.search("no-such-thing-anywhere-xyzzy") == []


def test_warm_search_takes_under_50_ms(catalog):
    for text in ("", "db", "role", "encryption"):
        catalog.search(text)

    started = time.perf_counter()
    for text in ("", "db", "role", "encryption"):
        catalog.search(text)
    elapsed = (time.perf_counter() - started) / 4

    assert elapsed < 0.05


def test_summary_holds_what_the_palette_shows(catalog):
    summary = catalog.get("AWS::RDS::DBCluster").summary()

    assert summary["type"] == "AWS::RDS::DBCluster"
    assert summary["service"] == "RDS"
    assert summary["resource"] == "DBCluster"
    assert summary["featured"] is True
    assert summary["colour"].startswith("#")
    assert "Aurora" in summary["description"]
    assert "properties" not in summary


def test_as_dict_holds_properties_and_attributes(catalog):
    data = catalog.get("AWS::IAM::Role").as_dict()

    assert data["required"] == ["AssumeRolePolicyDocument"]
    assert {"name": "Arn", "format": "AWS::IAM::Role.Arn"} in data["attributes"]
    assert data["properties"][0]["name"] == "AssumeRolePolicyDocument"
