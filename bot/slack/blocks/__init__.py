"""Block Kit messages, rendered from engine records (pure functions, no I/O).

Blocks are built with slack_sdk's block models, which check each block's own limits; a
long digest is split into several messages, each within 50 blocks and the (undocumented,
about 13k characters) total size Slack accepts (`common.fits`). Times are Slack date tokens,
so each reader sees them in their own time zone. One module per message family.
"""

from bot.slack.blocks.briefing import (
    Picture,
    briefing_message,
    left_out_message,
    no_place_message,
    subscribe_choice_message,
    subscribe_value,
)
from bot.slack.blocks.channel import (
    TIMEZONE_VIEW,
    help_message,
    home_view,
    paused_because,
    settings_message,
    subscriptions_message,
    timezone_modal,
)
from bot.slack.blocks.common import (
    MAX_BLOCKS,
    Message,
    clip,
    escape,
    kind_words,
    link,
    slack_date,
    text_message,
)
from bot.slack.blocks.feeds import feed_failing_message, feed_recovered_message, feeds_message
from bot.slack.blocks.stories import (
    article_detail,
    delivery_messages,
    followup_message,
    recap_blocks,
    story_blocks,
    story_leads,
    with_story,
)

__all__ = [
    "MAX_BLOCKS",
    "TIMEZONE_VIEW",
    "Message",
    "Picture",
    "article_detail",
    "briefing_message",
    "clip",
    "delivery_messages",
    "escape",
    "feed_failing_message",
    "feed_recovered_message",
    "feeds_message",
    "followup_message",
    "help_message",
    "home_view",
    "kind_words",
    "left_out_message",
    "link",
    "no_place_message",
    "paused_because",
    "recap_blocks",
    "settings_message",
    "slack_date",
    "story_blocks",
    "story_leads",
    "subscribe_choice_message",
    "subscribe_value",
    "subscriptions_message",
    "text_message",
    "timezone_modal",
    "with_story",
]
