"""Work done in a process of its own (building the gazetteer's index and unpacking the
language model, once per install; a long-running process's migrations): its memory at its
peak ends with that process, so a long-running poller or web process never holds it. (The
child runs this same copy of the code, whichever one imported it.)"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2]
"""The folder holding the `bot` package that imported this."""


def run_apart(
    script: str, *args: str, timeout: float | None = 600, env: Mapping[str, str] | None = None
) -> bool:
    """Run the Python `script` with `args` (its `sys.argv[1:]`) and this environment plus
    `env` in a child process; whether it ended without an error."""
    paths = [str(PACKAGE), *filter(None, [os.environ.get("PYTHONPATH")])]
    env = {**os.environ, **(env or {}), "PYTHONPATH": os.pathsep.join(paths)}
    command = [sys.executable, "-c", script, *args]
    try:
        done = subprocess.run(command, env=env, capture_output=True, check=False, timeout=timeout)
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0
