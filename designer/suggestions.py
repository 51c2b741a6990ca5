"""Suggestions of the relationship engine for a stored design.

The engine works on plain documents; this module feeds it a design and its
dismissals, and describes what accepting a suggestion would change (the
ghost components and edges the canvas draws, the template diff).
"""

import copy
import difflib
import logging
import time

import jsonpatch

from designer.exceptions import ChoiceNeeded, DesignerError, UnknownSuggestion
from designer.template.document import to_template
from designer.template.export import to_yaml
from designer.template.references import find_references
from relationships.engine import evaluate
from relationships.patches import new_edges

logger = logging.getLogger(__name__)


def suggestions_for(design, document=None):
    """Return the engine's suggestions for a design, without dismissed ones."""
    document = design.document if document is None else document
    dismissed = frozenset(design.dismissals.values_list("suggestion_id", flat=True))
    started = time.perf_counter()
    found = evaluate(document, dismissed=dismissed)
    logger.debug(
        "Design %s v%s: %s suggestions in %.3f s",
        design.pk,
        design.version,
        len(found),
        time.perf_counter() - started,
    )
    return found


def find_suggestion(design, suggestion_id, document=None):
    """Return the suggestion with this id, or raise UnknownSuggestion."""
    for suggestion in suggestions_for(design, document):
        if suggestion.id == suggestion_id:
            return suggestion
    raise UnknownSuggestion(
        f"No suggestion {suggestion_id!r} for this design at version "
        f"{design.version}: it may have been applied, dismissed or outdated.",
    )


def operations_of(suggestion, choice):
    """Return the patch accepting a suggestion applies, checking the choice."""
    if not suggestion.choices:
        return suggestion.patch
    if choice is None:
        raise ChoiceNeeded(
            f"{suggestion.title}: pick one of {len(suggestion.choices)} choices.",
            choices=[choice_summary(item) for item in suggestion.choices],
        )
    try:
        return suggestion.operations(choice)
    except KeyError:
        raise DesignerError(
            f"{choice!r} is not one of this suggestion's choices.",
            field="choice",
            choices=[choice_summary(item) for item in suggestion.choices],
        ) from None


def apply_operations(document, operations):
    """Return a patched copy of document; a patch that fails is a 400."""
    try:
        return jsonpatch.apply_patch(document, operations, in_place=False)
    except (jsonpatch.JsonPatchException, jsonpatch.JsonPointerException) as error:
        raise DesignerError(
            f"The change does not apply to the design as it is: {error}",
            field="patch",
        ) from error


def describe(suggestion, document):
    """Return the suggestion's API form with the ghosts the canvas draws."""
    data = suggestion.as_dict()
    data["ghost"] = _ghost(suggestion.operations(None), document)
    for choice, summary in zip(
        suggestion.choices, data.get("choices", []), strict=True
    ):
        summary["ghost"] = _ghost(choice.patch, document)
    return data


def preview_diff(document, operations):
    """Return the unified diff of the exported YAML that accepting would make."""
    before = to_yaml(to_template(document)).splitlines(keepends=True)
    after_document = apply_operations(document, operations)
    after = to_yaml(to_template(after_document)).splitlines(keepends=True)
    return "".join(
        difflib.unified_diff(before, after, "template.yaml", "template.yaml")
    )


def _ghost(operations, document):
    """Return the components and connections that operations would add."""
    components = {}
    for operation in operations:
        tokens = operation.get("path", "").split("/")[1:]
        value = operation.get("value")
        if (
            operation.get("op") == "add"
            and len(tokens) == 2
            and tokens[0] == "components"
            and isinstance(value, dict)
        ):
            components[tokens[1]] = {
                "type": value.get("type"),
                "position": copy.deepcopy(value.get("position")),
            }
    existing = {(r.source, r.target) for r in find_references(document)}
    connections = [
        {"source": source, "target": target}
        for source, target in dict.fromkeys(new_edges(document, operations))
        if (source, target) not in existing
    ]
    return {"components": components, "connections": connections}


def choice_summary(choice):
    """Return what a person picks a choice by: its id, title and explanation."""
    return {"id": choice.id, "title": choice.title, "explanation": choice.explanation}
