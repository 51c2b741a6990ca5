"""The suggestion that gives a cluster a service role: reuse one, or create."""

from __future__ import annotations

from ...suggestions import Choice


def reuse_or_create(
    rule,
    context,
    *,
    cluster,
    title,
    ready,
    bind,
    created,
    ready_explanation,
    create_title,
    create_explanation,
):
    """Return a "create" suggestion, or a "bind" one offering the ready roles.

    ready lists the roles that already trust the service and carry what it
    needs; bind(role) is the patch that binds one; created is the patch that
    creates and binds a new role.
    """
    if not ready:
        return rule.suggest(
            context,
            kind="create",
            components=[cluster],
            detail="role",
            title=title,
            patch=created,
        )
    choices = [
        Choice(f"use:{role}", f"Use {role}", ready_explanation(role), bind(role))
        for role in ready
    ]
    choices.append(Choice("create", create_title, create_explanation, created))
    return rule.suggest(
        context,
        kind="bind",
        components=[cluster],
        detail="role",
        title=title,
        choices=choices,
    )
