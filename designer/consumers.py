"""WebSocket consumer: tells the clients of a design that it changed."""

import logging

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer

from designer.models import Design

logger = logging.getLogger(__name__)


class DesignConsumer(AsyncJsonWebsocketConsumer):
    """Join the design's group and pass its events on; clients only listen."""

    async def connect(self):
        user = self.scope.get("user")
        design_id = self.scope["url_route"]["kwargs"]["pk"]
        if user is None or not user.is_authenticated:
            await self.close(code=4401)
            return
        design = await self._find_design(design_id, user)
        if design is None:
            await self.close(code=4404)
            return

        self.group_name = design.group_name
        await self.channel_layer.group_add(self.group_name, self.channel_name)
        await self.accept()
        await self.send_json({"type": "design.hello", "version": design.version})
        logger.debug("User %s listens to design %s", user.pk, design_id)

    async def disconnect(self, code):
        if getattr(self, "group_name", None):
            await self.channel_layer.group_discard(self.group_name, self.channel_name)

    async def receive_json(self, content, **kwargs):
        await self.send_json(
            {"type": "error", "message": "This socket only sends; use the REST API."}
        )

    async def design_changed(self, event):
        await self.send_json(event)

    async def suggestion_dismissed(self, event):
        await self.send_json(event)

    async def design_deleted(self, event):
        await self.send_json(event)
        await self.close()

    @database_sync_to_async
    def _find_design(self, pk, user):
        return Design.objects.filter(pk=pk, owner=user).defer("document_json").first()
