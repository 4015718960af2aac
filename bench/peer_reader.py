"""reader's side of bench/peers.py, run by the python of reader's own environment.

    READER_PYTHON bench/peer_reader.py URLS_FILE DATABASE_FILE

Commands (bench/peer_side.py): `pass WORKERS` updates every feed once with
`Reader.update_feeds(scheduled=False, workers=WORKERS)`, answering its seconds, the
entries stored and the feeds whose last update failed.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from peer_side import serve, timed
from reader import make_reader


def main() -> None:
    """Open a fresh reader store with the feeds, then answer bench/peers.py."""
    urls = Path(sys.argv[1]).read_text().split()
    reader = make_reader(sys.argv[2])
    for url in urls:
        reader.add_feed(url)

    def one_pass(args: list[str]) -> dict[str, Any]:
        seconds = timed(lambda: reader.update_feeds(scheduled=False, workers=int(args[0])))
        failed = sum(1 for feed in reader.get_feeds() if feed.last_exception)
        return {
            "seconds": seconds,
            "articles": reader.get_entry_counts().total,
            "failed": failed,
            "workers": int(args[0]),
        }

    serve({"pass": one_pass}, {"ready": True})
    reader.close()


if __name__ == "__main__":
    main()
