"""Print a design as a CloudFormation template."""

from django.core.management.base import BaseCommand, CommandError

from designer.models import Design
from designer.template.document import to_template
from designer.template.export import to_json, to_yaml

DUMPS = {"yaml": to_yaml, "json": to_json}


class Command(BaseCommand):
    help = "Print a design's CloudFormation template as YAML or JSON."

    def add_arguments(self, parser):
        parser.add_argument("design_id", type=int, help="The design's id.")
        parser.add_argument("--format", choices=sorted(DUMPS), default="yaml")

    def handle(self, *args, design_id, format, **options):
        try:
            design = Design.objects.get(pk=design_id)
        except Design.DoesNotExist:
            raise CommandError(f"There is no design {design_id}.") from None
        self.stdout.write(DUMPS[format](to_template(design.document)), ending="")
