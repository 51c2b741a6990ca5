from django.apps import AppConfig


class RelationshipsConfig(AppConfig):
    name = "relationships"
    verbose_name = "Relationships"

    def ready(self):
        """Register the check of the relationship definitions."""
        from django.core import checks

        from .checks import check_definitions

        checks.register(check_definitions)
