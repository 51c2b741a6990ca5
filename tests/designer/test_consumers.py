"""The design's WebSocket hears each committed change."""

import pytest
from channels.db import database_sync_to_async
from channels.routing import URLRouter
from channels.testing import WebsocketCommunicator

from designer import actions
from designer.routing import websocket_urlpatterns

pytestmark = pytest.mark.django_db(transaction=True)


def communicator(design, user):
    router = URLRouter(websocket_urlpatterns)

    async def signed_in(scope, receive, send):
        return await router({**scope, "user": user}, receive, send)

    return WebsocketCommunicator(signed_in, f"/ws/designs/{design.pk}/")


@pytest.mark.asyncio
async def test_a_change_reaches_the_listener(user, design):
    socket = communicator(design, user)
    connected, _ = await socket.connect()
    assert connected
    assert await socket.receive_json_from() == {"type": "design.hello", "version": 1}

    await database_sync_to_async(actions.do_add_component)(
        design, user, "AWS::S3::Bucket"
    )

    event = await socket.receive_json_from(timeout=2)
    assert event["type"] == "design.changed"
    assert event["version"] == 2
    assert event["actor"] == user.pk
    await socket.disconnect()


@pytest.mark.asyncio
async def test_another_persons_design_is_refused(other_user, design):
    socket = communicator(design, other_user)

    connected, code = await socket.connect()

    assert not connected
    assert code == 4404


@pytest.mark.asyncio
async def test_anonymous_is_refused(design):
    from django.contrib.auth.models import AnonymousUser

    socket = communicator(design, AnonymousUser())

    connected, code = await socket.connect()

    assert not connected
    assert code == 4401
