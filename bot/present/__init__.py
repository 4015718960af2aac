"""Front ends' rendering: terminal (rich), JSON and CSV. They render; the engine decides."""

from bot.present.events import NO_PLACES, event_line, figure_phrase, story_event_line
from bot.present.languages import language_name

__all__ = ["NO_PLACES", "event_line", "figure_phrase", "language_name", "story_event_line"]
