# SPDX-FileCopyrightText: 2026 The MirageDesk developers
# SPDX-License-Identifier: MIT
from asgiref.sync import sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer

from . import store
from .auth import token_ok


class ActivityConsumer(AsyncWebsocketConsumer):
    """ws/activities/<uuid>/ joins group activity_<uuid>; the server only ever sends."""

    group = None

    async def connect(self):
        activity_id = store.canonical(self.scope["url_route"]["kwargs"]["activity_id"])
        if not token_ok(self.scope.get("headers", []), self.scope.get("query_string", b"")):
            await self.accept()
            await self.close(code=4401)
            return
        if activity_id is None or await sync_to_async(store.get)(activity_id) is None:
            await self.accept()
            await self.close(code=4404)
            return
        # Join before accepting: once the client sees the socket open, it gets every broadcast.
        self.group = f"activity_{activity_id}"
        await self.channel_layer.group_add(self.group, self.channel_name)
        await self.accept()

    async def disconnect(self, code):
        if self.group:
            await self.channel_layer.group_discard(self.group, self.channel_name)

    async def receive(self, text_data=None, bytes_data=None):
        pass  # the protocol is server -> client

    async def activity_event(self, event):
        if "bytes" in event:
            await self.send(bytes_data=event["bytes"])
        else:
            await self.send(text_data=event["text"])

    async def activity_close(self, event):
        if event["code"] == 1011:
            # Autobahn only lets a server send 1000 or 3000-4999; daphne itself closes with 1011
            # when the application fails, which is how a real server's crash looks to clients.
            raise RuntimeError("closing with 1011 (internal error) as the test asked")
        await self.close(code=event["code"])
