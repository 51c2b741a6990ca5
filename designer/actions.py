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
    LayoutFailed,
    NoRelationship,
    UnknownResourceType,
    VersionConflict,
)
from designer.layout import LayoutError, layout_positions
from designer.models import Design, Dismissal
from designer.suggestions import (
    apply_operations,
    choice_summary,
    find_suggestion,
    operations_of,
)
from designer.template import document as documents
from designer.template.importer import foreign_tags, parse_template
from relationships.catalog import get_catalog, starter_properties
from relationships.connect import apply_connection, connect_meanings
from relationships.exceptions import UnknownChoice
from relationships.patches import new_edges

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


def do_import_design(owner, name, text, *, filename="template.yaml"):
    """Create a design from a template's text, laid out by Graphviz.

    Nothing is stored unless the whole template reads; the returned warnings
    say what the design will not give back exactly as written.
    """
    template = parse_template(text, filename)
    document = documents.from_template(template)
    warnings = [
        {
            "code": "foreign_tag",
            "path": found["path"],
            "message": f"{found['tag']} is not a CloudFormation intrinsic "
            "function (a preprocessor's?); it is kept exactly as written.",
        }
        for found in foreign_tags(template)
    ]
    warnings.append(
        {
            "code": "formatting",
            "path": "/",
            "message": "Comments and formatting are not kept; every section, "
            "value and list order is.",
        }
    )
    try:
        positions = layout_positions(document)
    except LayoutError:
        logger.warning("Graphviz failed on an import by user %s", owner.pk)
        warnings.append(
            {
                "code": "layout_failed",
                "path": "/",
                "message": "Graphviz could not lay the design out; "
                "components are on a grid.",
            }
        )
    else:
        for logical_id, position in positions.items():
            document["components"][logical_id]["position"] = position
    if not name:
        name = _import_name(template, filename)
    design = do_create_design(owner, name, document=document)
    logger.info(
        "User %s imported %s components as design %s",
        owner.pk,
        len(document["components"]),
        design.pk,
    )
    return design, warnings


def _import_name(template, filename):
    """Return a design's name from its Description, else from its file name."""
    description = template.get("Description")
    if isinstance(description, str) and description.strip():
        first_line = description.strip().splitlines()[0]
        return first_line if len(first_line) <= 80 else first_line[:79] + "…"
    stem = filename.rsplit("/", 1)[-1].rsplit(".", 1)[0] or "Imported template"
    return stem if len(stem) <= 80 else "…" + stem[-79:]


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
    """Write what a drawn connection means, asking when it is unclear.

    The relationship engine knows the meanings: a feature for a cluster and
    a bucket or a function, sign-in for a function and a cluster, otherwise
    a property of one component whose schema format names the other's type.
    """
    result = {}

    def change(document):
        documents.require_component(document, source, path="source")
        documents.require_component(document, target, path="target")
        if source == target:
            raise DesignerError(
                "A component cannot be connected to itself.", field="target"
            )
        choices = connect_meanings(document, source, target)
        if not choices:
            source_type = document["components"][source]["type"]
            target_type = document["components"][target]["type"]
            raise NoRelationship(
                f"No property of {source_type} can reference {target_type}, "
                "nor the other way round.",
                field="target",
            )
        summaries = [choice_summary(item) for item in choices]
        if choice is None and len(choices) > 1:
            raise ChoiceNeeded(
                f"{source} and {target} can be connected in {len(choices)} "
                "ways: pick one.",
                choices=summaries,
            )
        picked = choice if choice is not None else choices[0].id
        try:
            operations = apply_connection(document, source, target, picked)
        except UnknownChoice:
            raise DesignerError(
                f"{picked!r} is not one of the ways to connect {source} and {target}.",
                field="choice",
                choices=summaries,
            ) from None
        # Report the reference as written: a line drawn from a role to a
        # cluster is the cluster's reference to the role.
        written = [
            edge
            for edge in new_edges(document, operations)
            if set(edge) == {source, target}
        ]
        referrer, referred = written[0] if written else (source, target)
        _apply_patch(document, operations)
        result.update(source=referrer, target=referred, choice=picked)

    design = _change(design, actor, change, expected_version)
    return design, result


def do_disconnect(design, actor, path, *, expected_version=None):
    """Remove the reference behind a connection, given its JSON Pointer."""
    removed = []

    def change(document):
        removed.extend(documents.remove_reference(document, path))

    design = _change(design, actor, change, expected_version)
    return design, removed


def do_tidy_up(design, actor, *, expected_version=None):
    """Lay every component out again with Graphviz, along the references."""

    def change(document):
        try:
            positions = layout_positions(document)
        except LayoutError as error:
            raise LayoutFailed(str(error)) from error
        for logical_id, position in positions.items():
            document["components"][logical_id]["position"] = position

    return _change(design, actor, change, expected_version)


# Suggestions


def do_accept_suggestion(
    design, actor, suggestion_id, *, choice=None, expected_version=None
):
    """Apply a suggestion's patch (its chosen one) to the design."""
    accepted = {}

    def change(document):
        suggestion = find_suggestion(design, suggestion_id, document)
        operations = operations_of(suggestion, choice)
        _apply_patch(document, operations)
        accepted.update(rule=suggestion.rule, title=suggestion.title)

    design = _change(design, actor, change, expected_version)
    logger.info(
        "Design %s: user %s accepted %s (%s)",
        design.pk,
        actor.pk,
        suggestion_id,
        accepted["rule"],
    )
    return design


def do_dismiss_suggestion(design, actor, suggestion_id):
    """Record that a suggestion is not wanted; it is not suggested again."""
    find_suggestion(design, suggestion_id)
    with transaction.atomic():
        Dismissal.objects.get_or_create(
            design=design,
            suggestion_id=suggestion_id,
            defaults={"dismissed_by": actor},
        )
        group = design.group_name
        message = {"type": "suggestion.dismissed", "id": suggestion_id}
        transaction.on_commit(lambda: _broadcast(group, message))
    logger.info("Design %s: user %s dismissed %s", design.pk, actor.pk, suggestion_id)


def _apply_patch(document, operations):
    """Apply JSON Patch operations in place, keeping the document valid."""
    patched = apply_operations(document, operations)
    if not isinstance(patched.get("components"), dict) or not isinstance(
        patched.get("template"), dict
    ):
        raise DesignerError("The change breaks the design document.", field="patch")
    documents.replace_components(patched, patched["components"])
    documents.replace_template_sections(patched, patched["template"])
    document.clear()
    document.update(patched)


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
