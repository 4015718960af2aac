"""The line protocol between bench/peers.py and each side's process (standard library only,
so reader's side imports it from its own environment).

The side prints `MARK {"ready": ...}` once it has loaded, then reads one command a line
(`NAME ARG ...`) and answers each with one `MARK {json}` line; `stop` ends it. Anything
else either side's libraries print is ignored.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from typing import Any

MARK = "@peers@ "
Handler = Callable[[list[str]], dict[str, Any]]


def reply(answer: dict[str, Any]) -> None:
    """Send one answer to bench/peers.py."""
    sys.stdout.write(MARK + json.dumps(answer) + "\n")
    sys.stdout.flush()


def timed(work: Callable[[], Any]) -> float:
    """Seconds `work()` took."""
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def serve(handlers: dict[str, Handler], ready: dict[str, Any]) -> None:
    """Say `ready`, then answer commands from standard input until `stop`."""
    reply(ready)
    for line in sys.stdin:
        name, *args = line.split()
        if name == "stop":
            return
        reply(handlers[name](args))
