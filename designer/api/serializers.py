"""Input checking and response shapes of the REST API."""

from rest_framework import serializers

from designer.template.document import connections


class PositionSerializer(serializers.Serializer):
    x = serializers.FloatField()
    y = serializers.FloatField()


class StrictSerializer(serializers.Serializer):
    """Refuse fields the endpoint does not know, rather than ignore them."""

    def validate(self, attrs):
        if isinstance(self.initial_data, dict):
            unknown = sorted(set(self.initial_data) - set(self.fields))
            if unknown:
                raise serializers.ValidationError(
                    {
                        name: [
                            "Not a field of this request; it takes "
                            f"{', '.join(sorted(self.fields))}."
                        ]
                        for name in unknown
                    },
                    code="unknown_field",
                )
        return attrs


class VersionedSerializer(StrictSerializer):
    version = serializers.IntegerField(
        required=False,
        min_value=1,
        help_text="The version the change was made against; 409 when stale.",
    )


class ConnectionSerializer(serializers.Serializer):
    source = serializers.CharField()
    target = serializers.CharField()
    path = serializers.CharField(help_text="JSON Pointer into the design document.")
    kind = serializers.ChoiceField(["Ref", "GetAtt", "Sub", "DependsOn"])
    attribute = serializers.CharField(allow_null=True)


class ComponentSerializer(serializers.Serializer):
    type = serializers.CharField()
    properties = serializers.DictField()
    attributes = serializers.DictField()
    position = PositionSerializer()
    parent = serializers.CharField(required=False, allow_null=True)


class DesignSummarySerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    version = serializers.IntegerField()
    component_count = serializers.IntegerField()
    updated_at = serializers.DateTimeField()


class DesignDetailSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    version = serializers.IntegerField()
    template = serializers.DictField(help_text="Every section but Resources.")
    components = serializers.DictField(child=ComponentSerializer())
    connections = ConnectionSerializer(many=True)


class DesignCreateSerializer(StrictSerializer):
    name = serializers.CharField(max_length=200)
    description = serializers.CharField(required=False, allow_blank=True)


class DesignImportSerializer(StrictSerializer):
    name = serializers.CharField(max_length=200, required=False, allow_blank=True)
    template = serializers.CharField(
        required=False, trim_whitespace=False, help_text="YAML or JSON text."
    )
    file = serializers.FileField(required=False, help_text="Or a template file.")

    def validate(self, attrs):
        attrs = super().validate(attrs)
        if ("template" in attrs) == ("file" in attrs):
            raise serializers.ValidationError(
                {"template": ["Send the template's text or a file, not both."]}
            )
        return attrs


class ImportResultSerializer(serializers.Serializer):
    design = DesignDetailSerializer()
    warnings = serializers.ListField(child=serializers.DictField())


class DesignUpdateSerializer(VersionedSerializer):
    name = serializers.CharField(max_length=200, required=False)
    template = serializers.DictField(
        required=False,
        help_text="Every section but Resources; replaces the design's sections.",
    )
    components = serializers.DictField(
        required=False, help_text="Every component; replaces the design's."
    )


class ComponentCreateSerializer(VersionedSerializer):
    type = serializers.CharField(max_length=256)
    logical_id = serializers.CharField(required=False, max_length=255)
    properties = serializers.DictField(required=False)
    attributes = serializers.DictField(required=False)
    position = PositionSerializer(required=False)
    parent = serializers.CharField(required=False, allow_null=True)


class ComponentUpdateSerializer(VersionedSerializer):
    logical_id = serializers.CharField(
        required=False, max_length=255, help_text="A new name: renames."
    )
    properties = serializers.DictField(
        required=False, help_text="The whole Properties; replaces them."
    )
    attributes = serializers.DictField(
        required=False,
        help_text="DependsOn, Condition, DeletionPolicy...; replaces them.",
    )
    position = PositionSerializer(required=False)
    parent = serializers.CharField(required=False, allow_null=True)


class ComponentChangeSerializer(serializers.Serializer):
    logical_id = serializers.CharField()
    design = DesignDetailSerializer()


class ComponentRemovedSerializer(serializers.Serializer):
    design = DesignDetailSerializer()
    removed = serializers.ListField(child=serializers.CharField())


class DisconnectSerializer(VersionedSerializer):
    path = serializers.CharField(help_text="A connection's JSON Pointer.")


class ConnectSerializer(VersionedSerializer):
    source = serializers.CharField()
    target = serializers.CharField()
    choice = serializers.CharField(required=False)


class ConnectResultSerializer(serializers.Serializer):
    design = DesignDetailSerializer()
    connection = serializers.DictField()


class FindingSerializer(serializers.Serializer):
    rule = serializers.CharField()
    severity = serializers.ChoiceField(["error", "warning", "informational"])
    message = serializers.CharField()
    component = serializers.CharField(allow_null=True)
    path = serializers.JSONField()


class FindingsSerializer(serializers.Serializer):
    findings = FindingSerializer(many=True)


def design_summary(design):
    """Return the list entry of a design."""
    return {
        "id": design.pk,
        "name": design.name,
        "version": design.version,
        "component_count": design.component_count,
        "updated_at": design.updated_at,
    }


def design_detail(design):
    """Return the whole design: template sections, components, connections."""
    document = design.document
    return {
        "id": design.pk,
        "name": design.name,
        "version": design.version,
        "template": document["template"],
        "components": document["components"],
        "connections": connections(document),
    }
