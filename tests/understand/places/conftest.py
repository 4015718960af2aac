"""The gazetteer the place tests tag with: the analyzer's, as ingest uses it."""

from __future__ import annotations

import pytest

from bot.understand.analyzer import Analyzer
from bot.understand.places.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gaz(analyzer: Analyzer) -> Gazetteer:
    return analyzer.gazetteer
