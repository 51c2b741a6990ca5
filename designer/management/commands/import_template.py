"""Import a CloudFormation template file as a design."""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from designer import actions
from designer.template.exceptions import TemplateError


class Command(BaseCommand):
    help = "Import a CloudFormation template (YAML or JSON) as a new design."

    def add_arguments(self, parser):
        parser.add_argument("file", help="The template file to read.")
        parser.add_argument(
            "--user", default="demo", help="Who owns the design (default demo)."
        )
        parser.add_argument("--name", default="", help="The design's name.")

    def handle(self, *args, file, user, name, **options):
        path = Path(file)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"Cannot read {path}: {error}") from error
        try:
            owner = get_user_model().objects.get(username=user)
        except get_user_model().DoesNotExist:
            raise CommandError(f"There is no user {user!r}.") from None

        try:
            design, warnings = actions.do_import_design(
                owner, name, text, filename=path.name
            )
        except TemplateError as error:
            raise CommandError(_describe(error, path)) from error
        for warning in warnings:
            self.stderr.write(f"warning: {warning['path']}: {warning['message']}")
        self.stdout.write(str(design.pk))


def _describe(error, path):
    inner = getattr(error, "errors", None) or [error]
    lines = []
    for item in inner:
        where = f"{path}:{item.line}:{item.column}" if item.line else str(path)
        field = f" ({item.path})" if item.path else ""
        lines.append(f"{where}: {item.code}{field}: {item}")
    return "\n".join(lines)
