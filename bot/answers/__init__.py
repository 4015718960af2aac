"""Answers: what each user or channel gets (briefings, subscriptions, deliveries, feed
health). They decide; the front ends render."""

from typing import TYPE_CHECKING

from bot.lazy import exports

if TYPE_CHECKING:
    from bot.answers.activity import Activity, place_activity
    from bot.answers.briefing import (
        Briefing,
        NoPlace,
        brief,
        brief_place,
        left_out,
        place_articles,
        summarize_stored,
    )
    from bot.answers.delivery import Deliveries, Delivery, Followup
    from bot.answers.durations import TooLong, parse_duration
    from bot.answers.event_kinds import split_kinds
    from bot.answers.event_place import event_place
    from bot.answers.feed_health import FeedHealth, FeedNotice
    from bot.answers.radius import (
        Distance,
        Incident,
        around_place,
        centre_of,
        incidents,
        located,
        parse_radius,
        resolve_radius,
        story_incidents,
    )
    from bot.answers.subscriptions import (
        DEFAULT_WHATSNEW,
        Matcher,
        parse_mute,
        parse_schedule,
        parse_subscribe,
        parse_whatsnew,
        resolve_target,
        topic_key,
    )
    from bot.answers.timezones import check_timezone, zone_label
    from bot.answers.where import event_place_lines, place_line

__all__ = [
    "DEFAULT_WHATSNEW",
    "Activity",
    "Briefing",
    "Deliveries",
    "Delivery",
    "Distance",
    "FeedHealth",
    "FeedNotice",
    "Followup",
    "Incident",
    "Matcher",
    "NoPlace",
    "TooLong",
    "around_place",
    "brief",
    "brief_place",
    "centre_of",
    "check_timezone",
    "event_place",
    "event_place_lines",
    "incidents",
    "left_out",
    "located",
    "parse_duration",
    "parse_mute",
    "parse_radius",
    "parse_schedule",
    "parse_subscribe",
    "parse_whatsnew",
    "place_activity",
    "place_articles",
    "place_line",
    "resolve_radius",
    "resolve_target",
    "split_kinds",
    "story_incidents",
    "summarize_stored",
    "topic_key",
    "zone_label",
]

__getattr__ = exports(
    __name__,
    {
        "Activity": "activity",
        "place_activity": "activity",
        "Briefing": "briefing",
        "NoPlace": "briefing",
        "brief": "briefing",
        "brief_place": "briefing",
        "left_out": "briefing",
        "place_articles": "briefing",
        "summarize_stored": "briefing",
        "Deliveries": "delivery",
        "Delivery": "delivery",
        "Followup": "delivery",
        "parse_duration": "durations",
        "TooLong": "durations",
        "split_kinds": "event_kinds",
        "event_place": "event_place",
        "event_place_lines": "where",
        "place_line": "where",
        "FeedHealth": "feed_health",
        "FeedNotice": "feed_health",
        "around_place": "radius",
        "centre_of": "radius",
        "Distance": "radius",
        "Incident": "radius",
        "story_incidents": "radius",
        "incidents": "radius",
        "located": "radius",
        "parse_radius": "radius",
        "resolve_radius": "radius",
        "DEFAULT_WHATSNEW": "subscriptions",
        "Matcher": "subscriptions",
        "parse_mute": "subscriptions",
        "parse_schedule": "subscriptions",
        "parse_subscribe": "subscriptions",
        "parse_whatsnew": "subscriptions",
        "resolve_target": "subscriptions",
        "topic_key": "subscriptions",
        "check_timezone": "timezones",
        "zone_label": "timezones",
    },
)
