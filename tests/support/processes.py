"""newsbot's own processes, started the way an operator starts them, for tests that need
several processes or a real signal."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request

NEWSBOT = [sys.executable, "-m", "bot"]


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on (now)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_web(port: int, env: dict[str, str]) -> subprocess.Popen[bytes]:
    """`newsbot slack --http --no-jobs` on `port`, returned once /readyz answers 200."""
    process = subprocess.Popen(
        [*NEWSBOT, "slack", "--http", "--port", str(port), "--no-jobs"], env=env
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=2) as reply:
                if reply.status == 200:
                    return process
        except OSError:
            if process.poll() is not None:
                raise AssertionError(f"web process exited with {process.returncode}") from None
            time.sleep(0.2)
    process.kill()
    raise AssertionError(f"web process on port {port} never became ready")
