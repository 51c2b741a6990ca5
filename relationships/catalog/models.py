"""The value objects that describe one CloudFormation resource type."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# The JSON types a property editor can offer, plus "json" for anything else.
PROPERTY_TYPES = ("string", "integer", "number", "boolean", "object", "array", "json")


@dataclass(frozen=True)
class PropertySpec:
    """One settable property of a resource type, or of a nested object."""

    name: str
    type: str
    description: str = ""
    required: bool = False
    enum: list[Any] | None = None
    format: str | None = None
    create_only: bool = False
    item_type: str | None = None
    default: Any = None
    children: tuple[PropertySpec, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        """Return the property as plain JSON-ready data."""
        data: dict[str, Any] = {
            "name": self.name,
            "type": self.type,
            "description": self.description,
            "required": self.required,
            "enum": list(self.enum) if self.enum is not None else None,
            "format": self.format,
            "create_only": self.create_only,
            "item_type": self.item_type,
            "default": self.default,
        }
        if self.children:
            data["children"] = [child.as_dict() for child in self.children]
        return data


@dataclass(frozen=True)
class Attribute:
    """One attribute that Fn::GetAtt can read from a resource."""

    name: str
    format: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """Return the attribute as plain JSON-ready data."""
        return {"name": self.name, "format": self.format}


@dataclass(frozen=True)
class ReferencePath:
    """A property path whose value names an attribute of another type."""

    path: str
    format: str
    target_type: str
    attribute: str
    description: str = ""
    array: bool = False

    def as_dict(self) -> dict[str, Any]:
        """Return the reference path as plain JSON-ready data."""
        return {
            "path": self.path,
            "array": self.array,
            "format": self.format,
            "target_type": self.target_type,
            "attribute": self.attribute,
            "description": self.description,
        }


@dataclass(frozen=True)
class ResourceType:
    """A CloudFormation resource type as the palette and inspector see it."""

    type: str
    service: str
    description: str
    documentation_url: str
    properties: tuple[PropertySpec, ...] = ()
    attributes: tuple[Attribute, ...] = ()
    ref_format: str | None = None
    ref_formats: tuple[str, ...] = ()
    primary_identifier: tuple[str, ...] = ()
    create_only: tuple[str, ...] = ()
    required: tuple[str, ...] = ()
    featured: bool = False
    colour: str = ""
    source_url: str | None = None
    _by_name: dict[str, PropertySpec] = field(
        default_factory=dict, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        if not self._by_name:
            self._by_name.update({spec.name: spec for spec in self.properties})

    @property
    def resource_name(self) -> str:
        """Return the last part of the type name, e.g. "DBCluster"."""
        return self.type.rsplit("::", 1)[-1]

    def get_property(self, name: str) -> PropertySpec | None:
        """Return the top-level property called name, if any."""
        return self._by_name.get(name)

    def attribute_names(self) -> list[str]:
        """Return the names Fn::GetAtt accepts for this type."""
        return [attribute.name for attribute in self.attributes]

    def summary(self) -> dict[str, Any]:
        """Return the short form the palette lists."""
        return {
            "type": self.type,
            "service": self.service,
            "resource": self.resource_name,
            "description": self.description,
            "documentation_url": self.documentation_url,
            "featured": self.featured,
            "colour": self.colour,
        }

    def as_dict(self) -> dict[str, Any]:
        """Return the full form the inspector needs."""
        data = self.summary()
        data.update(
            {
                "properties": [spec.as_dict() for spec in self.properties],
                "attributes": [attribute.as_dict() for attribute in self.attributes],
                "ref_format": self.ref_format,
                "ref_formats": list(self.ref_formats),
                "primary_identifier": list(self.primary_identifier),
                "create_only": list(self.create_only),
                "required": list(self.required),
                "source_url": self.source_url,
            }
        )
        return data
