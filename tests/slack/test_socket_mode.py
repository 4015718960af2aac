"""Socket Mode: the same listeners, reached through a local WebSocket server."""

from __future__ import annotations

import asyncio
import json
import queue
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from aiohttp import WSMsgType, web

from bot.settings import Settings
from bot.slack.app import build_app
from bot.slack.bot import make_bot, make_client
from bot.slack.serve import socket_mode
from bot.understand.analyzer import Analyzer
from tests.slack.checks import assert_valid_blocks
from tests.slack.conftest import services_for, slack_settings
from tests.support.fake_slack import TEAM, FakeSlack


class SocketServer:
    """A WebSocket server in a thread: sends envelopes, collects what the client sends."""

    def __init__(self) -> None:
        self.outbox: asyncio.Queue[dict[str, Any]] | None = None
        self.received: queue.Queue[dict[str, Any]] = queue.Queue()
        self.loop = asyncio.new_event_loop()
        self.ready = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.port = 0

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.loop.run_until_complete(self._start())
        self.ready.set()
        self.loop.run_forever()

    async def _start(self) -> None:
        self.outbox = asyncio.Queue()
        app = web.Application()
        app.router.add_get("/link", self._socket)
        self.runner = web.AppRunner(app)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        await ws.send_str(json.dumps({"type": "hello", "num_connections": 1}))

        async def pump() -> None:
            assert self.outbox is not None
            while True:
                await ws.send_str(json.dumps(await self.outbox.get()))

        sender = asyncio.ensure_future(pump())
        async for message in ws:
            if message.type == WSMsgType.TEXT:
                self.received.put(json.loads(message.data))
        sender.cancel()
        return ws

    def send(self, envelope: dict[str, Any]) -> None:
        assert self.outbox is not None
        self.loop.call_soon_threadsafe(self.outbox.put_nowait, envelope)

    def __enter__(self) -> SocketServer:
        self.thread.start()
        self.ready.wait(10)
        return self

    def __exit__(self, *_: object) -> None:
        asyncio.run_coroutine_threadsafe(self.runner.cleanup(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)


@pytest.fixture
def socket_server() -> Iterator[SocketServer]:
    with SocketServer() as server:
        yield server


def test_a_slash_command_over_socket_mode(
    settings: Settings, analyzer: Analyzer, fake_slack: FakeSlack, socket_server: SocketServer
) -> None:
    fake_slack.socket_url = f"ws://127.0.0.1:{socket_server.port}/link"
    services = services_for(slack_settings(settings, fake_slack), analyzer)
    client = make_client(services.settings)
    app = build_app(make_bot(services, client, pace_seconds=0), client)
    handler = socket_mode(app, "xapp-test")
    handler.connect()
    try:
        [opened] = fake_slack.wait_for("apps.connections.open")
        assert opened.headers["authorization"] == "Bearer xapp-test"
        command = {
            "team_id": TEAM,
            "channel_id": "CDESK",
            "user_id": "UANNA",
            "command": "/whatsnew",
            "text": "Dayr az Zawr",
            "api_app_id": "A1",
            "trigger_id": "1.2.3",
            "response_url": fake_slack.response_url("socket"),
        }
        socket_server.send(
            {
                "envelope_id": "env-1",
                "type": "slash_commands",
                "payload": command,
                "accepts_response_payload": True,
            }
        )
        ack = socket_server.received.get(timeout=15)
        assert ack["envelope_id"] == "env-1"
        [answer] = fake_slack.wait_for("response:socket")
        assert answer.body["blocks"][0]["text"]["text"] == "Deir ez-Zor, Syria"
        assert_valid_blocks(answer.body["blocks"])
    finally:
        handler.close()
        app.listener_runner.listener_executor.shutdown(wait=True)
        services.store.close()
