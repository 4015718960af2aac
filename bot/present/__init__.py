"""Front ends' rendering: terminal (rich), JSON and CSV. They render; the engine decides."""

from bot.present.events import event_line

__all__ = ["event_line"]
