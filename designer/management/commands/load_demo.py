"""Create the demo user and the demo design (an Aurora cluster with S3 import)."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction

from designer import actions
from designer.demo import (
    DEMO_DESIGN_NAME,
    DEMO_PASSWORD,
    DEMO_USERNAME,
    demo_document,
)
from designer.models import Design


class Command(BaseCommand):
    help = "Create the demo user and the demo design, keeping any edits made to it."

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Replace the demo design even if it exists (its edits are lost).",
        )

    def handle(self, *args, reset=False, **options):
        User = get_user_model()
        with transaction.atomic():
            user, created = User.objects.get_or_create(username=DEMO_USERNAME)
            if created:
                user.set_password(DEMO_PASSWORD)
                user.save()
            existing = Design.objects.filter(owner=user, name=DEMO_DESIGN_NAME)
            if existing.exists() and not reset:
                design = existing.first()
                self.stdout.write(f"Demo design #{design.pk} exists; kept as it is.")
                return
            for design in existing:
                actions.do_delete_design(design, user)
            design = actions.do_create_design(
                user, DEMO_DESIGN_NAME, document=demo_document()
            )
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo design #{design.pk} ready for user {DEMO_USERNAME!r} "
                f"(password {DEMO_PASSWORD!r})."
            )
        )
