"""The command line of a bench that scores tune and held-out thirds, checked first.

These benches read their few flags from `sys.argv`; without this check `--help` or a typo
(`--tunes`) ran the whole bench and printed the held-out third's figures.
"""

from __future__ import annotations

import argparse

TUNE = "only the tune split's figures: work without seeing the held-out third"


def check_flags(doc: str | None, flags: dict[str, str]) -> None:
    """Exit with the bench's docstring and its flags on `--help`, and with an error on any
    flag not in `flags` (flag -> what it does), before anything is scored."""
    parser = argparse.ArgumentParser(
        description=doc, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    for flag, meaning in flags.items():
        parser.add_argument(flag, action="store_true", help=meaning)
    parser.parse_args()
