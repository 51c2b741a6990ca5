"""Storage of designs: one row per design, its document kept as JSON text."""

import json

from django.conf import settings
from django.db import models


class Design(models.Model):
    """A CloudFormation template plus a layout, owned by one person.

    The document is stored as JSON text rather than a JSONField because
    PostgreSQL's jsonb reorders keys, and the order of resources and
    properties is part of what a person wrote. Writes go through
    designer.actions only.
    """

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="designs"
    )
    name = models.CharField(max_length=200)
    version = models.PositiveIntegerField(default=1)
    document_json = models.TextField()
    # Kept beside the document so that listing designs needs no JSON parsing.
    component_count = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-updated_at", "-id"]

    def __str__(self):
        return f"{self.name} (#{self.pk}, v{self.version})"

    @property
    def document(self):
        """Return a fresh copy of the design document."""
        return json.loads(self.document_json)

    @document.setter
    def document(self, value):
        self.document_json = json.dumps(value, separators=(",", ":"))
        self.component_count = len(value["components"])

    @property
    def group_name(self):
        """Return the channel group that hears this design's changes."""
        return f"design-{self.pk}"


class Dismissal(models.Model):
    """A suggestion someone said is not wanted for a design; it stays away."""

    design = models.ForeignKey(
        Design, on_delete=models.CASCADE, related_name="dismissals"
    )
    suggestion_id = models.CharField(max_length=100)
    dismissed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["design", "suggestion_id"], name="one_dismissal_per_suggestion"
            )
        ]

    def __str__(self):
        return f"{self.suggestion_id} dismissed on design #{self.design_id}"
