"""Before serving: is the Slack API there? `newsbot slack` tries it with backoff, one log
line per failed try, and gives up with one line saying what to check (not a traceback)."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.settings import Settings
from bot.slack.oauth import oauth_mode

log = logging.getLogger(__name__)
_sdk_log = logging.getLogger(__name__ + ".sdk")
_sdk_log.setLevel(logging.CRITICAL)  # each failed try is logged once, below

FIRST_WAIT_SECONDS = 1.0
TIMEOUT_SECONDS = 10


def reach_slack(settings: Settings, sleep: Callable[[float], None] = time.sleep) -> str | None:
    """None once the Slack API answers (`auth.test` with the bot token; `api.test` in OAuth
    mode); else, after `slack_start_attempts` tries, why not and what to check."""
    base_url = settings.slack_api_url.rstrip("/") + "/"
    token = None if oauth_mode(settings) else settings.slack_bot_token
    client = WebClient(token=token, base_url=base_url, timeout=TIMEOUT_SECONDS, logger=_sdk_log)
    attempts = settings.slack_start_attempts
    wait = FIRST_WAIT_SECONDS
    for attempt in range(1, attempts + 1):
        try:
            client.auth_test() if token else client.api_test()
            return None
        except SlackApiError as exc:
            error = exc.response.get("error", "unknown error")
            return f"Slack refused the bot token ({error}): check SLACK_BOT_TOKEN"
        except OSError as exc:  # URLError, timeouts, refused connections
            reason = getattr(exc, "reason", exc)
            if attempt == attempts:
                return (
                    f"the Slack API at {base_url} did not answer after {attempts} tries "
                    f"({reason}): check the network, a proxy, and SLACK_API_URL"
                )
            log.warning(
                "Slack API at %s not reachable (%s): try %d of %d, next in %.0f s",
                base_url,
                reason,
                attempt,
                attempts,
                wait,
            )
            sleep(wait)
            wait *= 2
    return None
