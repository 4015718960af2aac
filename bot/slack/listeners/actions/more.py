"""The More button: a story's lead in detail, with every source of the story."""

from __future__ import annotations

from typing import Any

from slack_bolt import App, Respond

from bot.slack import blocks
from bot.slack.bot import SlackBot
from bot.slack.listeners.actions.values import action_value
from bot.slack.listeners.common import ack_now, answer


def register(app: App, bot: SlackBot) -> None:
    """Handle article_more."""

    def more(body: dict[str, Any], respond: Respond) -> None:
        article = bot.store.article(int(action_value(body)))
        if article is None:
            answer(respond, blocks.text_message("That article is gone."), replace_original=False)
            return
        [story] = bot.store.stories_of([article])
        answer(respond, blocks.article_detail(story), replace_original=False)

    app.action("article_more")(ack=ack_now, lazy=[more])
