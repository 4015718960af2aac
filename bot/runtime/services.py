"""The parts a command needs, built once and only when first used."""

from __future__ import annotations

from functools import cached_property

from bot.ingest import Poller, load_feed_list
from bot.settings import Settings
from bot.storage import Store
from bot.understand import Analyzer, Gazetteer, load_places


class Services:
    """Settings, store, gazetteer, analyzer and poller of one process."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()

    @cached_property
    def store(self) -> Store:
        """The database, migrated, with the configured feeds added on first use."""
        store = Store.open(self.settings.effective_database_url)
        if self.settings.seed_feeds:
            store.seed_feeds(load_feed_list(self.settings.config_dir / "feeds.yaml"))
        return store

    @cached_property
    def gazetteer(self) -> Gazetteer:
        """The places, loaded from the config folder (all a place question needs)."""
        return load_places(self.settings)

    @cached_property
    def analyzer(self) -> Analyzer:
        """Lexicon, gazetteer and summarizer, loaded from the config folder."""
        return Analyzer.load(self.settings, self.gazetteer)

    @cached_property
    def poller(self) -> Poller:
        """The poller over this store and analyzer."""
        return Poller(self.store, self.analyzer, self.settings)
