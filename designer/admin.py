from django.contrib import admin

from designer.models import Design


@admin.register(Design)
class DesignAdmin(admin.ModelAdmin):
    list_display = ["id", "name", "owner", "version", "component_count", "updated_at"]
    readonly_fields = ["version", "component_count", "document_json"]
    search_fields = ["name", "owner__username"]
