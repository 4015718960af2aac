"""The parts a command needs, built once and only when first used (their modules too: a
terminal command that never polls does not import the ingest stage)."""

from __future__ import annotations

import threading
from functools import cached_property
from typing import TYPE_CHECKING

from bot.settings import Settings
from bot.storage import Store, open_when_reachable

if TYPE_CHECKING:
    from bot.ingest import Poller
    from bot.understand import Analyzer, EventKinds, Gazetteer, Lexicon


class Services:
    """Settings, store, gazetteer, analyzer and poller of one process."""

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        wait_for_database: bool = False,
        stop: threading.Event | None = None,
    ) -> None:
        self.settings = settings or Settings()
        self.wait_for_database = wait_for_database
        """Long-running processes wait for an unreachable database instead of failing."""
        self.stop = stop or threading.Event()
        """Set to give up waiting (the process is stopping)."""
        self.waiting = "the database is not opened yet"
        """Why the store is not open yet (while `wait_for_database` retries)."""

    @cached_property
    def store(self) -> Store:
        """The database, migrated (by a process of its own: see `migrate.upgrade_apart`),
        with the configured feeds added on first use."""
        url = self.settings.effective_database_url
        if not self.wait_for_database:
            store = Store.open(url, apart=True)
        else:
            found = open_when_reachable(url, stop=self.stop, on_wait=self._waiting, apart=True)
            if found is None:
                raise KeyboardInterrupt("stopped while waiting for the database")
            store = found
        if self.settings.seed_feeds:
            from bot.ingest import load_feed_list

            store.seed_feeds(load_feed_list(self.settings.config_dir / "feeds.yaml"))
        return store

    def _waiting(self, reason: str) -> None:
        self.waiting = reason

    def not_ready(self) -> str | None:
        """Why this process cannot serve yet (its database unreachable or behind), or None."""
        if "store" not in self.__dict__:
            return self.waiting
        return self.store.not_ready()

    @cached_property
    def gazetteer(self) -> Gazetteer:
        """The places, loaded whole from the config folder (what tagging a text needs)."""
        from bot.understand import load_places

        return load_places(self.settings)

    @cached_property
    def place_index(self) -> Gazetteer:
        """The places as place questions need them: read from the gazetteer's on-disk name
        index, without loading the whole gazetteer (which tagging needs: `gazetteer`)."""
        if "gazetteer" in self.__dict__:
            return self.gazetteer
        from bot.understand import load_place_index

        return load_place_index(self.settings)

    @cached_property
    def lexicon(self) -> Lexicon:
        """The conflict lexicon, loaded from the config folder (all Slack's topics need)."""
        from bot.understand import load_lexicon

        return load_lexicon(self.settings.config_dir / "lexicon.yaml")

    @cached_property
    def event_kinds(self) -> EventKinds:
        """The kinds of event people name, from the config folder's events.yaml."""
        from bot.understand import load_event_kinds

        return load_event_kinds(self.settings.config_dir / "events.yaml")

    @cached_property
    def analyzer(self) -> Analyzer:
        """Lexicon, gazetteer and summarizer, loaded from the config folder."""
        from bot.understand import Analyzer

        return Analyzer.load(self.settings, self.gazetteer, self.lexicon)

    @cached_property
    def poller(self) -> Poller:
        """The poller over this store and analyzer. The analyzer is loaded before the ingest
        stage is imported: compiling the place-name automata needs a working copy of about
        60 MB for a moment, and a process still without aiohttp, trafilatura and feedparser
        peaks about 40 MB lower."""
        analyzer = self.analyzer
        from bot.ingest import Poller

        return Poller(self.store, analyzer, self.settings)
