"""Input checking and response shapes of the REST API."""

from rest_framework import serializers

from designer.template.document import connections


class PositionSerializer(serializers.Serializer):
    x = serializers.FloatField()
    y = serializers.FloatField()


class VersionedSerializer(serializers.Serializer):
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


class DesignCreateSerializer(serializers.Serializer):
    name = serializers.CharField(max_length=200)
    description = serializers.CharField(required=False, allow_blank=True)


class DesignUpdateSerializer(VersionedSerializer):
    name = serializers.CharField(max_length=200, required=False)
    template = serializers.DictField(required=False)
    components = serializers.DictField(required=False)


class ComponentCreateSerializer(VersionedSerializer):
    type = serializers.CharField(max_length=256)
    logical_id = serializers.CharField(required=False, max_length=255)
    properties = serializers.DictField(required=False)
    attributes = serializers.DictField(required=False)
    position = PositionSerializer(required=False)
    parent = serializers.CharField(required=False, allow_null=True)


class ComponentUpdateSerializer(VersionedSerializer):
    logical_id = serializers.CharField(required=False, max_length=255)
    properties = serializers.DictField(required=False)
    attributes = serializers.DictField(required=False)
    position = PositionSerializer(required=False)
    parent = serializers.CharField(required=False, allow_null=True)


class ComponentChangeSerializer(serializers.Serializer):
    logical_id = serializers.CharField()
    design = DesignDetailSerializer()


class ComponentRemovedSerializer(serializers.Serializer):
    design = DesignDetailSerializer()
    removed = serializers.ListField(child=serializers.CharField())


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
