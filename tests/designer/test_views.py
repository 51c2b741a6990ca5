"""The server-rendered pages: sign-in, the list of designs, the editor."""

import pytest

from designer import actions

pytestmark = pytest.mark.django_db


def test_signed_out_visitors_are_sent_to_sign_in(client, design):
    for url in ("/", f"/designs/{design.pk}/"):
        response = client.get(url)

        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")


def test_the_list_shows_only_my_designs(client, user, other_user):
    actions.do_create_design(user, "Ada's network")
    actions.do_create_design(other_user, "Bob's queue")
    client.force_login(user)

    page = client.get("/").content.decode()

    assert "Ada&#x27;s network" in page
    assert "Bob" not in page


def test_an_empty_list_says_so(client, other_user):
    client.force_login(other_user)

    assert "No designs yet" in client.get("/").content.decode()


def test_another_persons_editor_is_not_found(client, other_user, design):
    client.force_login(other_user)

    assert client.get(f"/designs/{design.pk}/").status_code == 404


def test_the_editor_gets_its_settings_as_data_not_script(client, user, design):
    client.force_login(user)

    response = client.get(f"/designs/{design.pk}/")

    page = response.content.decode()
    assert response.status_code == 200
    assert '<script id="editor-config" type="application/json">' in page
    assert "onclick" not in page
    assert "csrftoken" in response.cookies
