"""The catalog of every resource type that cfn-lint's schemas describe."""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass

from cfnlint.schema import PROVIDER_SCHEMA_MANAGER, ResourceNotFoundError

from .colours import colour_for
from .documentation import documentation_url
from .featured import FEATURED_TYPES
from .models import ReferencePath, ResourceType
from .schemas import SchemaReader, is_resource_type_name

logger = logging.getLogger(__name__)

DEFAULT_REGION = "us-east-1"


@dataclass(frozen=True)
class _IndexEntry:
    type: str
    lowered: str
    resource: str
    description: str


class Catalog:
    """Look up, search and describe the resource types of one region.

    The search index (names and descriptions) and the featured types are
    built with the catalog; every other type is described on first use and
    kept.
    """

    def __init__(self, region: str = DEFAULT_REGION) -> None:
        started = time.perf_counter()
        self.region = region
        self._lock = threading.Lock()
        self._types: dict[str, ResourceType] = {}
        self._references: dict[str, tuple[ReferencePath, ...]] = {}

        # Index every Vendor::Service::Resource type
        names = PROVIDER_SCHEMA_MANAGER.get_resource_types(region)
        self._names = sorted(name for name in names if is_resource_type_name(name))
        self._index = [self._index_entry(name) for name in self._names]
        self._known = set(self._names)
        self._featured = [name for name in FEATURED_TYPES if name in self._known]
        for name in self._featured:
            self._types[name] = self._build(name)

        logger.debug(
            "Indexed %s resource types for %s in %.3f s",
            len(self._names),
            region,
            time.perf_counter() - started,
        )

    def _index_entry(self, name: str) -> _IndexEntry:
        description = self._schema(name).schema.get("description") or ""
        return _IndexEntry(
            type=name,
            lowered=name.lower(),
            resource=name.rsplit("::", 1)[-1].lower(),
            description=str(description).lower(),
        )

    def _schema(self, name: str):
        return PROVIDER_SCHEMA_MANAGER.get_resource_schema(self.region, name)

    # Lookup

    def types(self) -> list[str]:
        """Return every resource type name, sorted."""
        return list(self._names)

    def __contains__(self, type_name: object) -> bool:
        return type_name in self._known

    def __len__(self) -> int:
        return len(self._names)

    def get(self, type_name: str) -> ResourceType | None:
        """Return the description of a resource type, or None if unknown."""
        if type_name not in self._known:
            return None
        cached = self._types.get(type_name)
        if cached is not None:
            return cached
        with self._lock:
            if type_name not in self._types:
                self._types[type_name] = self._build(type_name)
            return self._types[type_name]

    def _build(self, type_name: str) -> ResourceType:
        try:
            schema = self._schema(type_name)
        except ResourceNotFoundError:
            logger.warning("No schema for %s in %s", type_name, self.region)
            return self._bare(type_name)
        reader = SchemaReader(schema.schema)
        ref_formats = reader.ref_formats(schema.ref)
        service = type_name.split("::")[1]
        return ResourceType(
            type=type_name,
            service=service,
            description=str(schema.schema.get("description") or "").strip(),
            documentation_url=documentation_url(type_name),
            properties=reader.property_specs(),
            attributes=reader.attributes(schema.get_atts),
            ref_format=(schema.ref or {}).get("format"),
            ref_formats=ref_formats,
            primary_identifier=tuple(
                _pointer_name(pointer)
                for pointer in schema.schema.get("primaryIdentifier") or ()
            ),
            create_only=tuple(
                sorted(
                    _pointer_name(pointer)
                    for pointer in reader.create_only
                    if pointer.count("/") == 2
                )
            ),
            required=tuple(sorted(schema.schema.get("required") or ())),
            featured=type_name in FEATURED_TYPES,
            colour=colour_for(service),
            source_url=schema.schema.get("sourceUrl"),
        )

    def _bare(self, type_name: str) -> ResourceType:
        service = type_name.split("::")[1]
        return ResourceType(
            type=type_name,
            service=service,
            description="",
            documentation_url=documentation_url(type_name),
            featured=type_name in FEATURED_TYPES,
            colour=colour_for(service),
        )

    # References

    def reference_paths(self, type_name: str) -> tuple[ReferencePath, ...]:
        """Return the property paths of a type that may reference another."""
        cached = self._references.get(type_name)
        if cached is not None:
            return cached
        if type_name not in self._known:
            return ()
        paths = tuple(SchemaReader(self._schema(type_name).schema).reference_paths())
        self._references[type_name] = paths
        return paths

    # Search

    def featured(self) -> list[ResourceType]:
        """Return the featured types in palette order."""
        return [self.get(name) for name in self._featured]

    def search(self, text: str = "", limit: int = 50) -> list[ResourceType]:
        """Return the types matching text, best first.

        An empty text lists the featured types, then the rest by name. A
        match on the exact type ranks first, then a resource name starting
        with the text, then the type containing it, then its description.
        """
        needle = " ".join(text.split()).lower()
        if not needle:
            rest = (name for name in self._names if name not in FEATURED_TYPES)
            names = [*self._featured, *rest][: max(limit, 0)]
            return [self.get(name) for name in names]

        # Rank every entry that matches at all
        ranked = []
        for entry in self._index:
            rank = _rank(entry, needle)
            if rank is not None:
                featured = entry.type not in FEATURED_TYPES
                ranked.append((rank, featured, entry.lowered, entry.type))
        ranked.sort()
        return [self.get(item[3]) for item in ranked[: max(limit, 0)]]


def _rank(entry: _IndexEntry, needle: str) -> int | None:
    if entry.lowered == needle:
        return 0
    if entry.resource.startswith(needle):
        return 1
    if needle in entry.lowered:
        return 2
    if needle in entry.description:
        return 3
    return None


def _pointer_name(pointer: str) -> str:
    return pointer.rsplit("/", 1)[-1]


_catalogs: dict[str, Catalog] = {}
_catalogs_lock = threading.Lock()


def get_catalog(region: str = DEFAULT_REGION) -> Catalog:
    """Return the process-wide catalog of region, building it once."""
    catalog = _catalogs.get(region)
    if catalog is None:
        with _catalogs_lock:
            catalog = _catalogs.get(region)
            if catalog is None:
                catalog = _catalogs[region] = Catalog(region)
    return catalog
