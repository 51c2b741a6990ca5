"""Fixtures shared by the Django-side tests.

Imports of Django and DRF happen inside the fixtures, so the plain-Python
layers' tests also run without Django (pytest -p no:django).
"""

import pytest


@pytest.fixture
def user(db):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_user("ada", password="correct-horse-9")


@pytest.fixture
def other_user(db):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_user("bob", password="battery-staple-9")


@pytest.fixture
def client_for():
    from rest_framework.test import APIClient

    def make(person):
        client = APIClient()
        client.force_authenticate(person)
        return client

    return make


@pytest.fixture
def api(user, client_for):
    return client_for(user)


@pytest.fixture
def design(user):
    from designer import actions

    return actions.do_create_design(user, "Test design")
