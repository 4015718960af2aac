"""Running the bot: the parts of one process, the scheduler, the web extras, logs, the demo."""

from bot.runtime.scheduler import make_scheduler, run_until_stopped
from bot.runtime.services import Services
from bot.runtime.web import with_operations

__all__ = ["Services", "make_scheduler", "run_until_stopped", "with_operations"]
