"""Running the bot: the parts of one process, the scheduler, the web extras, logs, the demo."""

from typing import TYPE_CHECKING

from bot.lazy import exports

if TYPE_CHECKING:
    from bot.runtime.scheduler import make_scheduler, run_until_stopped
    from bot.runtime.services import Services
    from bot.runtime.web import serve_operations, with_operations

__all__ = ["Services", "make_scheduler", "run_until_stopped", "serve_operations", "with_operations"]

__getattr__ = exports(
    __name__,
    {
        "make_scheduler": "scheduler",
        "run_until_stopped": "scheduler",
        "Services": "services",
        "with_operations": "web",
        "serve_operations": "web",
    },
)
