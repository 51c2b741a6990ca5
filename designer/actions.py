"""The only writer of designs.

Each action locks the design's row, checks the version the caller saw, applies
one change to a copy of the document, bumps the version and commits; the
change is broadcast to the design's channel group once the commit holds.
Views, consumers and management commands call these; none saves a Design.
"""

import logging

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.db import transaction

from designer.exceptions import (
    ChoiceNeeded,
    DesignerError,
    NoRelationship,
    UnknownResourceType,
    VersionConflict,
)
from designer.models import Design
from designer.template import document as documents
from relationships.catalog import get_catalog, starter_properties
from relationships.generic_references import apply_candidate, candidate_references

logger = logging.getLogger(__name__)


# Creating and deleting designs


def do_create_design(owner, name, *, document=None):
    """Create a design, empty unless a document is given."""
    if document is None:
        document = documents.new_document()
    with transaction.atomic():
        design = Design(owner=owner, name=name)
        design.document = document
        design.save()
        logger.info("Design %s created by user %s", design.pk, owner.pk)
    return design


def do_delete_design(design, actor):
    """Delete a design and tell whoever has it open."""
    group, design_id = design.group_name, design.pk
    with transaction.atomic():
        design.delete()
        transaction.on_commit(
            lambda: _broadcast(group, {"type": "design.deleted", "id": design_id})
        )
    logger.info("Design %s deleted by user %s", design_id, actor.pk)


# Changing a design


def do_update_design(
    design, actor, *, name=None, template=None, components=None, expected_version=None
):
    """Rename a design, or replace its template sections or components."""

    if isinstance(components, dict):
        for logical_id, component in components.items():
            if isinstance(component, dict):
                field = f"components.{logical_id}.type"
                _check_resource_type(component.get("type"), field=field)

    def change(document):
        if template is not None:
            documents.replace_template_sections(document, template)
        if components is not None:
            documents.replace_components(document, components)

    return _change(design, actor, change, expected_version, name=name)


def do_add_component(
    design,
    actor,
    resource_type,
    *,
    logical_id=None,
    properties=None,
    attributes=None,
    position=None,
    parent=None,
    expected_version=None,
):
    """Add a component; a type's starter properties fill in absent ones."""
    _check_resource_type(resource_type, field="type")
    if properties is None:
        properties = starter_properties(resource_type)
    added = {}

    def change(document):
        added["logical_id"] = documents.add_component(
            document,
            resource_type,
            logical_id=logical_id,
            properties=properties,
            attributes=attributes,
            position=position,
            parent=parent,
        )

    design = _change(design, actor, change, expected_version)
    return design, added["logical_id"]


_UNCHANGED = object()


def do_update_component(
    design,
    actor,
    logical_id,
    *,
    new_logical_id=None,
    properties=None,
    attributes=None,
    position=None,
    parent=_UNCHANGED,
    expected_version=None,
):
    """Change a component's properties, attributes, place or name."""

    def change(document):
        documents.require_component(document, logical_id)
        changes = {"properties": properties, "attributes": attributes}
        changes["position"] = position
        if parent is not _UNCHANGED:
            changes["parent"] = parent
        documents.update_component(document, logical_id, **changes)
        if new_logical_id is not None and new_logical_id != logical_id:
            documents.rename_component(document, logical_id, new_logical_id)

    design = _change(design, actor, change, expected_version)
    return design, new_logical_id or logical_id


def do_remove_component(design, actor, logical_id, *, expected_version=None):
    """Remove a component and every reference to it."""
    removed = []

    def change(document):
        documents.require_component(document, logical_id)
        removed.extend(documents.remove_component(document, logical_id))

    design = _change(design, actor, change, expected_version)
    return design, removed


def do_connect(design, actor, source, target, *, choice=None, expected_version=None):
    """Write the reference a drawn connection means, asking when it is unclear.

    The meaning comes from the schemas: a property of one component whose
    format names the other's type. A connection drawn the wrong way round is
    read the other way when only that way has a meaning.
    """
    result = {}

    def change(document):
        documents.require_component(document, source, path="source")
        documents.require_component(document, target, path="target")
        if source == target:
            raise DesignerError(
                "A component cannot be connected to itself.", field="target"
            )
        referrer, referred, candidates = _connection_candidates(
            document, source, target
        )
        candidate = _choose(candidates, choice, source, target, document)
        component = document["components"][referrer]
        properties = apply_candidate(component["properties"], candidate, referred)
        documents.update_component(document, referrer, properties=properties)
        result.update(source=referrer, target=referred, choice=candidate.id)

    design = _change(design, actor, change, expected_version)
    return design, result


# Helpers


def _change(design, actor, change, expected_version, *, name=None):
    """Apply change(document) to the locked row, bump the version, broadcast."""
    with transaction.atomic():
        locked = Design.objects.select_for_update().get(pk=design.pk)
        if expected_version is not None and expected_version != locked.version:
            raise VersionConflict(
                f"The design is at version {locked.version}, not "
                f"{expected_version}: someone else changed it. Reload and retry.",
                version=locked.version,
            )
        document = locked.document
        change(document)
        if name is not None:
            locked.name = name
        locked.document = document
        locked.version += 1
        locked.save()
        message = {"type": "design.changed", "version": locked.version}
        if actor is not None:
            message["actor"] = actor.pk
        group = locked.group_name
        transaction.on_commit(lambda: _broadcast(group, message))
    logger.debug("Design %s now at version %s", locked.pk, locked.version)
    return locked


def _broadcast(group, message):
    layer = get_channel_layer()
    if layer is None:
        return
    try:
        async_to_sync(layer.group_send)(group, message)
    except Exception:
        # The change is committed; a listener missing one event refetches on
        # its next event, so a failing layer must not fail the request.
        logger.exception("Could not broadcast %s to %s", message["type"], group)


def _check_resource_type(resource_type, field="type"):
    """Return the catalog entry of a type, or None for a custom resource."""
    if isinstance(resource_type, str) and resource_type.startswith("Custom::"):
        return None
    resource = get_catalog().get(resource_type) if resource_type else None
    if resource is None:
        raise UnknownResourceType(
            f"{resource_type!r} is not a resource type in the catalog.", field=field
        )
    return resource


def _connection_candidates(document, source, target):
    catalog = get_catalog()
    source_type = document["components"][source]["type"]
    target_type = document["components"][target]["type"]
    candidates = candidate_references(catalog, source_type, target_type)
    if candidates:
        return source, target, candidates
    reverse = candidate_references(catalog, target_type, source_type)
    if reverse:
        return target, source, reverse
    raise NoRelationship(
        f"No property of {source_type} can reference {target_type}, "
        "nor the other way round.",
        field="target",
    )


def _choose(candidates, choice, source, target, document):
    if choice is not None:
        for candidate in candidates:
            if candidate.id == choice:
                return candidate
        raise DesignerError(
            f"{choice!r} is not one of the ways to connect {source} and {target}.",
            field="choice",
            choices=[_choice_dict(candidate) for candidate in candidates],
        )
    if len(candidates) == 1:
        return candidates[0]
    raise ChoiceNeeded(
        f"{source} can reference {target} in {len(candidates)} ways: pick one.",
        choices=[_choice_dict(candidate) for candidate in candidates],
    )


def _choice_dict(candidate):
    return {
        "id": candidate.id,
        "title": candidate.title,
        "explanation": candidate.explanation,
    }
