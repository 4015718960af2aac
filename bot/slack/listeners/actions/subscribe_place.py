"""Subscribe to <place> (a story's button, a "did you mean" pick, perhaps with a radius
around it) and Follow as a topic: the channel follows what the button names, with the
schedule (the least toll, the kinds of event and the outlets) it carries.

A button posted before the bot changed still answers: one naming a village the gazetteer
lacks ("unlisted:<parent>/<slug>", as stories' buttons did before review18) follows the
village by its written name, as a topic; one naming a place the gazetteer no longer knows
says so and offers the places of the closest names, as `/subscribe` does for an unknown
name."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from slack_bolt import App, BoltContext, Respond

from bot.answers import around_place, resolve_target, topic_key
from bot.records import Corroboration, Place, Target
from bot.slack import blocks
from bot.slack.bot import SlackBot
from bot.slack.listeners.actions.values import action_channel, action_text, action_value
from bot.slack.listeners.common import ack_now, answer, team_of
from bot.slack.listeners.follow import button_request, follow, how
from bot.understand.places.facts import UNLISTED

_SUBSCRIBE_TO = "Subscribe to "
"""How a story's or a briefing's Subscribe button is labelled, before the place's name."""


def register(app: App, bot: SlackBot) -> None:
    """Handle subscribe_place (and its numbered forms) and subscribe_topic."""

    def subscribe_button(body: dict[str, Any], context: BoltContext, respond: Respond) -> None:
        what, mode, daily_at = button_request(action_value(body))
        key = str(what.get("p", ""))
        place = bot.gazetteer.get(key) if key else None
        topic = str(what.get("q", "")).strip()
        channel = action_channel(body)
        least = int(what["k"]) if isinstance(what.get("k"), int) else None
        kinds = tuple(str(k) for k in what.get("e", ()))
        outlets, minutes = what.get("o"), what.get("w")
        told = (
            Corroboration(outlets, timedelta(minutes=minutes))
            if isinstance(outlets, int) and isinstance(minutes, int)
            else None
        )
        if channel is None:
            text = "I cannot subscribe from here: use `/subscribe` in a channel."
            answer(respond, blocks.text_message(text), replace_original=False)
            return
        note = ""
        if place is None and key.startswith(UNLISTED) and "r" not in what:
            topic, note = unlisted_topic(key, named(body))
        elif place is None and key:
            message = gone_message(named(body), mode, daily_at, what.get("r"), least, kinds, told)
            answer(respond, message, replace_original=False)
            return
        if place is not None and "r" in what:
            try:
                target = around_place(place, float(what["r"]))
            except ValueError as exc:
                answer(respond, blocks.text_message(f"{exc}."), replace_original=False)
                return
        elif place is not None:
            target = Target("place", place.key, place.label)
        elif topic:
            target = Target("topic", topic_key(topic), topic)
        else:
            text = "That button names nothing I can follow: use `/subscribe` with a place or topic."
            answer(respond, blocks.text_message(text), replace_original=False)
            return
        where = (team_of(context, body), channel, body["user"]["id"])
        follow(
            bot,
            respond,
            where,
            target,
            mode,
            daily_at,
            min_killed=least,
            event_kinds=kinds,
            corroboration=told,
            note=note,
            replace_original=False,
        )

    def unlisted_topic(key: str, name: str) -> tuple[str, str]:
        """A village the gazetteer lacks, followed by its written name (the button's, else
        its key's slug): the topic, and a note saying why and what its area is."""
        parent_key, _, slug = key.removeprefix(UNLISTED).rpartition("/")
        name = name or "-".join(part.capitalize() for part in slug.split("-"))
        parent = bot.gazetteer.get(parent_key)
        note = (
            f" ({blocks.escape(name)} is a place I know only from reports, not one I list, "
            "so the channel follows the reports that name it."
        )
        if parent is not None:
            area = blocks.escape(parent.label)
            note += f" `/subscribe {blocks.escape(parent.name)}` follows all of {area}."
        return name, note + ")"

    def gone_message(
        name: str,
        mode: Any,
        daily_at: str | None,
        km: Any,
        least: int | None,
        kinds: tuple[str, ...],
        told: Corroboration | None,
    ) -> blocks.Message:
        """A Subscribe button whose place the gazetteer no longer knows (it changed since the
        button was posted): say so, and offer the places whose names are closest to the one
        the button showed, as `/subscribe` does."""
        if not name:
            return blocks.text_message(
                "I no longer know the place this button named, so nothing is followed yet: "
                "`/subscribe` it by name."
            )
        offered = closest(name)
        lead = (
            f"I no longer know “{blocks.escape(name)}” as a place (my list of places changed "
            "since this button was posted), so nothing is followed yet."
        )
        if not offered:
            return blocks.text_message(
                f"{lead} No place I know has a close name: `/subscribe` it by another "
                "spelling, or in quotes to follow it as a topic."
            )
        radius = float(km) if isinstance(km, int | float) else None
        return blocks.subscribe_choice_message(
            name,
            offered,
            mode,
            daily_at,
            how(mode, daily_at, least, told),
            km=radius,
            min_killed=least,
            event_kinds=kinds,
            corroboration=told,
            topic=name.partition(", ")[0],
            lead=lead,
        )

    def closest(name: str) -> list[Place]:
        """The places a button's name may mean now: the place of that name and its
        namesakes, the one labelled as the button showed first ("Tripoli, Libya", a
        did-you-mean's label, read as "Tripoli"), else those of the closest names."""
        resolved = resolve_target(bot.gazetteer, name)
        if resolved.target.kind != "place" and ", " in name:
            resolved = resolve_target(bot.gazetteer, name.partition(", ")[0])
        if resolved.target.kind != "place":
            return list(resolved.suggestions)
        found = bot.gazetteer.get(resolved.target.key)
        offered = [*([found] if found is not None else []), *resolved.alternatives]
        return sorted(offered, key=lambda p: p.label != name)

    app.action(re.compile(r"^subscribe_(place(_\d+)?|topic)$"))(
        ack=ack_now, lazy=[subscribe_button]
    )


def named(body: dict[str, Any]) -> str:
    """The place's name as the pressed button showed it ("Subscribe to Al-Shafa": "Al-Shafa";
    a did-you-mean pick: "Deir ez-Zor, Syria"); "" when the label was cut to fit a button
    ("Subscribe to Khirbet al-…"), which names no place whole."""
    name = action_text(body).removeprefix(_SUBSCRIBE_TO).strip()
    return "" if name.endswith("…") else name
