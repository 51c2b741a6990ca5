"""The resource types the designer offers, read from cfn-lint's schemas."""

from .catalog import DEFAULT_REGION, Catalog, get_catalog
from .colours import colour_for, family_for
from .documentation import documentation_url
from .featured import FEATURED_TYPES, is_featured
from .models import Attribute, PropertySpec, ReferencePath, ResourceType
from .schemas import is_resource_type_name, parse_attribute_format
from .starters import starter_properties


def reference_paths(
    type_name: str, region: str = DEFAULT_REGION
) -> tuple[ReferencePath, ...]:
    """Return the property paths of a type that may reference another type."""
    return get_catalog(region).reference_paths(type_name)


__all__ = [
    "DEFAULT_REGION",
    "FEATURED_TYPES",
    "Attribute",
    "Catalog",
    "PropertySpec",
    "ReferencePath",
    "ResourceType",
    "colour_for",
    "documentation_url",
    "family_for",
    "get_catalog",
    "is_featured",
    "is_resource_type_name",
    "parse_attribute_format",
    "reference_paths",
    "starter_properties",
]
