"""A fake Slack Web API on 127.0.0.1: answers like Slack and records every call.

Point the real slack_sdk WebClient at `FakeSlack.api_url` (its `base_url`); put
`FakeSlack.response_url(...)` in payloads so `respond()` lands here too. Tests script
errors per method with `fail` and lost answers with `lose` (the connection closes with no
answer, the call made or not), and read what was sent from `calls` (with the token each
call used: `Call.token`); messages posted are kept per channel and read back by
conversations.history and conversations.replies (message metadata included with
`include_all_metadata`, as Slack does); chat.update edits one of them in place. `grant`
makes an OAuth code that oauth.v2.access exchanges for a workspace's bot token. Files upload
as files_upload_v2 does it: files.getUploadURLExternal gives a file id and an upload URL
here, the bytes POSTed there are kept (`uploads`), and files.completeUploadExternal shares
them (`files`). Modals opened with views.open are kept in `views`.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

TEAM = "T0NEWS"
LOST = -1
"""`FakeSlack.answer`'s status for a call whose connection closes with no answer."""
BOT_USER = "UBOT"


@dataclass(frozen=True)
class Call:
    """One request the fake received."""

    method: str
    """Web API method ("chat.postMessage") or "response:<name>" for a response URL."""
    headers: dict[str, str]
    body: dict[str, Any]
    """The form fields, query parameters or JSON body, parsed (blocks stay as sent)."""
    at: float = field(default_factory=time.monotonic)
    """When it arrived (time.monotonic), for benchmarks."""

    @property
    def token(self) -> str | None:
        """The bearer token the call was made with (its Authorization header)."""
        scheme, _, value = self.headers.get("authorization", "").partition(" ")
        return value if scheme == "Bearer" else None


@dataclass
class _Scripted:
    error: str
    status: int
    headers: dict[str, str]
    when: Callable[[Call], bool]
    times: int


@dataclass
class FakeSlack:
    """A threaded HTTP server answering Web API methods and response URLs."""

    calls: list[Call] = field(default_factory=list)
    user_channels: dict[str, list[str]] = field(default_factory=dict)
    """users.conversations answers: user id -> channel ids."""
    users: dict[str, dict[str, Any]] = field(default_factory=dict)
    """users.info answers: user id -> fields of its user ({"is_admin": True}); others are
    plain members."""
    delays: dict[str, float] = field(default_factory=dict)
    """Seconds to wait before answering a method (recorded at once): a slow Slack."""
    socket_url: str = ""
    """What apps.connections.open answers (a local WebSocket server's URL)."""
    grants: dict[str, tuple[str, str]] = field(default_factory=dict)
    """OAuth codes oauth.v2.access accepts: code -> (team id, bot token)."""

    uploads: dict[str, bytes] = field(default_factory=dict)
    """Files uploaded to the URLs files.getUploadURLExternal gave: file id -> bytes."""
    files: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Files completed by files.completeUploadExternal: file id -> its title and the channels
    it was shared in."""

    views: list[dict[str, Any]] = field(default_factory=list)
    """Modals opened with views.open, oldest first."""
    channels: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    """Messages posted with chat.postMessage, per channel, oldest first (with their
    `thread_ts` and `metadata`): what conversations.history and .replies read."""

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._scripted: dict[str, list[_Scripted]] = {}
        self._losing: dict[str, list[bool]] = {}
        self._ts = 0.0
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)

    def __enter__(self) -> FakeSlack:
        self.thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    @property
    def url(self) -> str:
        """The server's root URL, with its trailing slash."""
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}/"

    @property
    def api_url(self) -> str:
        """The Web API base URL for WebClient(base_url=...)."""
        return self.url + "api/"

    def response_url(self, name: str = "r1") -> str:
        """A response URL served here; its calls are recorded as "response:<name>"."""
        return f"{self.url}response/{name}"

    def fail(
        self,
        method: str,
        error: str,
        *,
        status: int = 200,
        headers: dict[str, str] | None = None,
        when: Callable[[Call], bool] = lambda _call: True,
        times: int = 1_000_000,
    ) -> None:
        """Answer `method` with `error` (for calls `when` accepts, `times` times)."""
        with self._lock:
            self._scripted.setdefault(method, []).append(
                _Scripted(error, status, headers or {}, when, times)
            )

    def lose(self, method: str, times: int = 1, *, made: bool = True) -> None:
        """The next `times` calls to `method` get no answer: their connection closes before
        one is sent, after the call took effect (`made`: the answer was lost on the way
        back) or without it (the request was lost on the way there)."""
        with self._lock:
            self._losing.setdefault(method, []).extend([made] * times)

    def grant(self, code: str, team: str, token: str) -> None:
        """Let oauth.v2.access exchange `code` for an install in `team` with bot `token`
        (auth.test then answers for that token with that team)."""
        with self._lock:
            self.grants[code] = (team, token)

    def calls_to(self, method: str) -> list[Call]:
        """The calls made to one method, in order."""
        with self._lock:
            return [c for c in self.calls if c.method == method]

    def wait_for(self, method: str, count: int = 1, timeout: float = 15.0) -> list[Call]:
        """The calls to `method` once there are at least `count` (lazy listeners answer
        after the ack, on another thread); fails after `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.calls_to(method)
            if len(found) >= count:
                return found
            time.sleep(0.01)
        raise AssertionError(f"{method}: {len(self.calls_to(method))} calls, wanted {count}")

    def answer(self, call: Call) -> tuple[int, dict[str, str], bytes]:
        """Record `call` and answer it as Slack would."""
        with self._lock:
            self.calls.append(call)
            losing = self._losing.get(call.method)
            lost = losing.pop(0) if losing else None
            if lost is False:
                return LOST, {}, b""
            for scripted in self._scripted.get(call.method, []):
                if scripted.times > 0 and scripted.when(call):
                    scripted.times -= 1
                    body = {"ok": False, "error": scripted.error}
                    return scripted.status, scripted.headers, json.dumps(body).encode()
            self._ts = max(time.time(), self._ts + 0.000001)  # wall clock, unique
            ts = f"{self._ts:.6f}"
            if call.method == "chat.postMessage":
                self._keep(call.body, ts)
            edited = self._edit(call.body) if call.method == "chat.update" else None
            opened = self._open_view(call.body) if call.method == "views.open" else None
            delay = self.delays.get(call.method, 0.0)
        time.sleep(delay)
        if lost:
            return LOST, {}, b""
        if call.method.startswith("response:"):
            return 200, {}, b"ok"
        if call.method.startswith("upload:"):
            return self._upload(call)
        return 200, {}, json.dumps(edited or opened or self._ok(call, ts)).encode()

    def _keep(self, body: dict[str, Any], ts: str) -> None:
        message = {"type": "message", "ts": ts, "text": body.get("text"), "bot_id": "BBOT"}
        message["blocks"] = body.get("blocks")
        if body.get("thread_ts"):
            message["thread_ts"] = body["thread_ts"]
        if body.get("metadata"):
            message["metadata"] = body["metadata"]
        self.channels.setdefault(str(body.get("channel")), []).append(message)

    def _edit(self, body: dict[str, Any]) -> dict[str, Any]:
        """chat.update: the message `ts` in `channel` gets the new text and blocks (and
        metadata, when given; kept otherwise), as Slack does; message_not_found when there
        is no such message. Called holding the lock."""
        channel, ts = str(body.get("channel")), str(body.get("ts"))
        found = [m for m in self.channels.get(channel, []) if m["ts"] == ts]
        if not found:
            return {"ok": False, "error": "message_not_found"}
        message = found[0]
        message["text"] = body.get("text")
        message["blocks"] = body.get("blocks")
        message["edited"] = {"user": BOT_USER, "ts": f"{self._ts:.6f}"}
        if body.get("metadata"):
            message["metadata"] = body["metadata"]
        shown = {k: message[k] for k in ("text", "blocks")}
        return {"ok": True, "channel": channel, "ts": ts, "text": message["text"], "message": shown}

    def _upload(self, call: Call) -> tuple[int, dict[str, str], bytes]:
        """The bytes POSTed to an upload URL, kept for a file id that URL was issued for."""
        file_id = call.method.removeprefix("upload:")
        data = call.body["data"]
        with self._lock:
            if file_id not in self.uploads:
                return 404, {}, b"unknown upload"
            self.uploads[file_id] = data
        return 200, {}, f"OK - {len(data)}".encode()

    def _complete(self, body: dict[str, Any]) -> dict[str, Any]:
        """files.completeUploadExternal: each file uploaded, shared in `channel_id` or the
        comma-separated `channels` (channel or user ids) if given (private to the app
        otherwise)."""
        done = []
        with self._lock:
            for item in json.loads(str(body.get("files") or "[]")):
                if not self.uploads.get(item["id"]):
                    return {"ok": False, "error": "file_uploads_failed"}
                many = str(body.get("channels") or "")
                where = [body["channel_id"]] if body.get("channel_id") else many.split(",")
                shared = {"title": item.get("title"), "channels": [c for c in where if c]}
                self.files[item["id"]] = shared
                done.append({"id": item["id"], **shared, "mimetype": "image/png"})
        return {"ok": True, "files": done}

    def messages(self, channel: str) -> list[dict[str, Any]]:
        """The messages posted in `channel` (thread replies too), oldest first."""
        with self._lock:
            return list(self.channels.get(channel, []))

    def _history(self, body: dict[str, Any], thread: str | None) -> dict[str, Any]:
        """conversations.history (top-level messages, newest first) or conversations.replies
        (the parent, then its replies, oldest first) as Slack answers them: `oldest` and
        `latest` exclusive unless `inclusive`, `limit` per page with a cursor, metadata only
        with `include_all_metadata`."""
        with self._lock:
            every = list(self.channels.get(str(body.get("channel")), []))
        if thread is None:
            found = [m for m in reversed(every) if m.get("thread_ts", m["ts"]) == m["ts"]]
        else:
            found = [m for m in every if m["ts"] == thread or m.get("thread_ts") == thread]
        inclusive = _true(body.get("inclusive"))
        if body.get("oldest"):
            oldest = float(body["oldest"])
            found = [
                m
                for m in found
                if float(m["ts"]) > oldest or (inclusive and float(m["ts"]) == oldest)
            ]
        if body.get("latest"):
            latest = float(body["latest"])
            found = [
                m
                for m in found
                if float(m["ts"]) < latest or (inclusive and float(m["ts"]) == latest)
            ]
        start = int(body.get("cursor") or 0)
        limit = int(body.get("limit") or 100)
        page = found[start : start + limit]
        if not _true(body.get("include_all_metadata")):
            page = [{k: v for k, v in m.items() if k != "metadata"} for m in page]
        more = start + limit < len(found)
        cursor = str(start + limit) if more else ""
        return {
            "ok": True,
            "messages": page,
            "has_more": more,
            "response_metadata": {"next_cursor": cursor},
        }

    def _ok(self, call: Call, ts: str) -> dict[str, Any]:
        body = call.body
        if call.method == "auth.test":
            teams = {token: team for team, token in self.grants.values()}
            team = teams.get(call.token or "", TEAM)
            return {"ok": True, "team_id": team, "user_id": BOT_USER, "bot_id": "BBOT"}
        if call.method == "oauth.v2.access":
            return _oauth_access(self.grants.get(str(body.get("code"))))
        if call.method == "chat.postMessage":
            message = {"text": body.get("text"), "blocks": body.get("blocks"), "ts": ts}
            return {"ok": True, "channel": body.get("channel"), "ts": ts, "message": message}
        if call.method == "conversations.history":
            return self._history(body, None)
        if call.method == "conversations.replies":
            if not any(m["ts"] == body.get("ts") for m in self.messages(str(body.get("channel")))):
                return {"ok": False, "error": "thread_not_found"}
            return self._history(body, str(body.get("ts")))
        if call.method == "chat.postEphemeral":
            return {"ok": True, "message_ts": ts}
        if call.method == "users.conversations":
            ids = self.user_channels.get(str(body.get("user")), [])
            channels = [{"id": i} for i in ids]
            return {"ok": True, "channels": channels, "response_metadata": {"next_cursor": ""}}
        if call.method == "users.info":
            user_id = str(body.get("user"))
            user = {"id": user_id, "team_id": TEAM, "is_admin": False, "is_owner": False}
            return {"ok": True, "user": user | self.users.get(user_id, {})}
        if call.method == "files.getUploadURLExternal":
            if not body.get("filename") or not str(body.get("length", "")).isdigit():
                return {"ok": False, "error": "invalid_arguments"}
            with self._lock:
                file_id = f"F{len(self.uploads) + 1:08d}"
                self.uploads[file_id] = b""
            return {"ok": True, "upload_url": f"{self.url}upload/{file_id}", "file_id": file_id}
        if call.method == "files.completeUploadExternal":
            return self._complete(body)
        if call.method == "apps.connections.open":
            return {"ok": True, "url": self.socket_url}
        return {"ok": True}

    def _open_view(self, body: dict[str, Any]) -> dict[str, Any]:
        """views.open: a modal opened for a trigger id, as Slack answers it (the view with
        an id; `invalid_arguments` without a trigger or a view), kept in `views` as the
        call is recorded, so a test that saw the call sees the view. Called holding the
        lock."""
        view = body.get("view")
        view = json.loads(view) if isinstance(view, str) else view
        if not body.get("trigger_id") or not isinstance(view, dict):
            return {"ok": False, "error": "invalid_arguments"}
        self.views.append(view)
        view_id = f"V{len(self.views):08d}"
        return {"ok": True, "view": {**view, "id": view_id, "state": {"values": {}}}}


def _true(value: object) -> bool:
    """A boolean argument as clients send it (true, 1, "true", "1")."""
    return str(value).lower() in ("1", "true")


def _oauth_access(grant: tuple[str, str] | None) -> dict[str, Any]:
    """oauth.v2.access's answer for a granted code (a bot-only install), or invalid_code."""
    if grant is None:
        return {"ok": False, "error": "invalid_code"}
    team, token = grant
    return {
        "ok": True,
        "app_id": "A1",
        "access_token": token,
        "token_type": "bot",
        "scope": "commands,chat:write,im:write,channels:read,groups:read",
        "bot_user_id": BOT_USER,
        "team": {"id": team, "name": f"Workspace {team}"},
        "enterprise": None,
        "is_enterprise_install": False,
        "authed_user": {"id": "UINSTALLER"},
    }


def _parse(raw: bytes, content_type: str, query: str) -> dict[str, Any]:
    body: dict[str, Any] = dict(parse_qsl(query))
    if not raw:
        return body
    if "json" in content_type:
        body.update(json.loads(raw))
    else:
        for key, value in parse_qsl(raw.decode()):
            body[key] = json.loads(value) if key in ("blocks", "attachments") else value
    return body


def _handler(fake: FakeSlack) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def _serve(self) -> None:
            parts = urlsplit(self.path)
            raw = self.rfile.read(int(self.headers.get("content-length") or 0))
            if parts.path.startswith("/response/"):
                method = "response:" + parts.path.removeprefix("/response/")
            elif parts.path.startswith("/upload/"):
                method = "upload:" + parts.path.removeprefix("/upload/")
            else:
                method = parts.path.removeprefix("/api/")
            if method.startswith("upload:"):
                body: dict[str, Any] = {"data": raw}
            else:
                body = _parse(raw, self.headers.get("content-type", ""), parts.query)
            call = Call(method, {k.lower(): v for k, v in self.headers.items()}, body)
            status, headers, payload = fake.answer(call)
            if status == LOST:
                self.close_connection = True
                self.connection.shutdown(socket.SHUT_RDWR)
                return
            self.send_response(status)
            self.send_header("content-type", "application/json; charset=utf-8")
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("content-length", str(len(payload)))
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(payload)  # the caller may have been killed meanwhile

        do_GET = _serve
        do_POST = _serve

        def log_message(self, *_: Any) -> None:
            pass

    return Handler
