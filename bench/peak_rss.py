"""Run a command; write its wall seconds and its own peak resident memory (kB) to a file.

    python -I -S bench/peak_rss.py OUT_FILE COMMAND [ARG ...]

Linux carries a process's memory high-water mark across fork and exec, so a command
started straight from a large process (the bench, ~100 MB) would report at least that
size. Started from this small launcher (standard library only, no site packages), its
peak is its own unless it stays under the launcher's few MB. The command inherits the
launcher's standard streams; the launcher exits with the command's exit code.
"""

import os
import sys
import time


def main() -> None:
    """Fork, exec the command, wait for it, write `SECONDS PEAK_KB`, pass on its exit code."""
    out, command = sys.argv[1], sys.argv[2:]
    started = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        try:
            os.execvp(command[0], command)
        finally:
            os._exit(127)
    _, status, usage = os.wait4(pid, 0)
    seconds = time.perf_counter() - started
    with open(out, "w") as written:
        written.write(f"{seconds} {usage.ru_maxrss}\n")
    sys.exit(os.waitstatus_to_exitcode(status))


if __name__ == "__main__":
    main()
