"""Rendering for the terminal with rich: digest, place briefing, feeds, analysis."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from rich.console import Console, Group, RenderableType
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from bot.answers import Activity, Briefing, Incident, NoPlace
from bot.present.events import NO_PLACES, event_line, story_event_line
from bot.present.languages import language_name
from bot.records import Analysis, FeedStatus, Story

PIPE_WIDTH = 1_000_000
"""The width given to output that is not a terminal: nothing is ever wrapped or cut."""


def make_console(*, stderr: bool = False) -> Console:
    """A console for the terminal; when output goes to a pipe or a file, one that prints
    whole lines (no wrapping, no ellipsis, whatever COLUMNS says) so `grep` finds URLs and
    titles intact."""
    console = Console(stderr=stderr)
    if console.is_terminal:
        return console
    return Console(stderr=stderr, width=PIPE_WIDTH, soft_wrap=True)


def when(value: datetime | None) -> str:
    """A UTC time as "2026-11-24 08:30 UTC"."""
    return "never" if value is None else value.strftime("%Y-%m-%d %H:%M UTC")


def story_block(story: Story, places: Mapping[str, str] = NO_PLACES) -> RenderableType:
    """One story: title, "N sources" (or "single source") and time, its event line (its
    place as `places` names it), places, summary, then each source's outlet and link."""
    lead = story.lead
    head = Text(lead.title, style="bold")
    language = language_name(lead.language)
    meta = Text(" · ".join(filter(None, [story.sources_label, when(lead.published_at), language])))
    meta.stylize("dim")
    parts: list[RenderableType] = [head, meta]
    event = story_event_line(story, places)
    if event:
        parts.append(Text(event, style="bold"))
    if lead.places:
        names = ", ".join(dict.fromkeys(p.name for p in lead.places))
        parts.append(Text(f"Places: {names}", style="cyan"))
    if lead.summary:
        parts.append(Text(lead.summary))
    for source in story.sources or ():
        line = Text(f"  {source.outlet}: ")
        line.append(source.link or "no link", style="blue underline" if source.link else "dim")
        parts.append(line)
    return Group(*parts, Text(""))


def render_digest(
    console: Console,
    found: Sequence[Story],
    since: datetime,
    places: Mapping[str, str] = NO_PLACES,
) -> None:
    """The conflict digest: every story with a conflict article new since `since` (each
    event place as `places` names it: `answers.event_place_lines`)."""
    if not found:
        console.print(f"No new conflict articles since {when(since)}.")
        return
    noun = "story" if len(found) == 1 else "stories"
    console.print(
        Panel(
            f"Conflict digest: {len(found)} {noun} new since {when(since)}",
            style="bold red",
            expand=False,
        ),
    )
    for story in found:
        console.print(story_block(story, places))


def incident_line(incident: Incident, places: Mapping[str, str] = NO_PLACES) -> Text:
    """One incident on one line: when its first outlet reported it, how far from the watch
    point and which way, its event type and the event line of the report measured with the
    story's highest figures and their outlets, how many outlets, then the headline of the
    report that gave its toll and its link: "2026-12-05 08:30 UTC · 13 km S · Explosions/
    Remote violence: Air/drone strike · Tall Rifat · 3 killed (Wire) · 2 outlets · Drone
    strike hits market · http://..."."""
    story = incident.story
    event = story.lead.event
    kind = f"{event.event_type}: " if event is not None else ""
    outlets = f"{story.source_count} outlet{'' if story.source_count == 1 else 's'}"
    line = Text(f"{when(incident.first_reported)} · ", style="bold")
    line.append(f"{incident.distance.short} · ", style="bold cyan")
    line.append(f"{kind}{story_event_line(story, places) or ''} · {outlets} · ", style="bold")
    headline = story.headline
    line.append(f"{headline.title} · ")
    line.append(headline.link or "no link", style="blue underline" if headline.link else "dim")
    return line


def render_incidents(
    console: Console,
    label: str,
    found: Sequence[Incident],
    since: datetime,
    places: Mapping[str, str] = NO_PLACES,
) -> None:
    """Incidents `label` ("within 30 km of Goma, ...") seen since `since`, one line each
    (`incident_line`), in the order given."""
    if not found:
        console.print(f"No incidents {label} seen since {when(since)}.")
        return
    noun = "incident" if len(found) == 1 else "incidents"
    console.print(Panel(f"{len(found)} {noun} {label} seen since {when(since)}", expand=False))
    for incident in found:
        console.print(incident_line(incident, places))


def render_briefing(console: Console, answer: Briefing | NoPlace) -> None:
    """The answer to `whatsnew PLACE`."""
    if isinstance(answer, NoPlace):
        console.print(f"[bold red]No place matches {escape(answer.query)!r}.[/]")
        if answer.suggestions:
            names = "; ".join(f"{p.name} ({p.detail})" for p in answer.suggestions)
            console.print(f"Did you mean: {escape(names)}?")
        return
    title = " and ".join(f"{p.name} ({p.detail})" for p in [answer.place, *answer.also])
    if not answer.exact:
        them = "them" if answer.also else "it"
        console.print(f"Did you mean [bold]{escape(title)}[/]? Showing {them}.")
    console.print(Panel(f"What's new: {escape(title)}", style="bold", expand=False))
    if answer.alternatives:
        others = "; ".join(f"{p.name} ({p.detail})" for p in answer.alternatives)
        console.print(f"[dim]Other places with this name: {escape(others)}[/]")
    if answer.older:
        note = f"Nothing new since {when(answer.since)}."
        if answer.articles:
            note += " The latest known before that:"
        console.print(note)
    else:
        console.print(
            f"{len(answer.articles)} conflict articles in {len(answer.stories)} stories "
            f"since {when(answer.since)}."
        )
        if answer.more_stories:
            console.print(
                f"{answer.more_stories} more stories in that time are not shown: a shorter "
                "--since, or `newsbot export`, lists them."
            )
    if answer.summary_sentences:
        summary = Text()
        for sentence, article in answer.summary_sentences:
            source = article.sources[0] if article.sources else "unknown source"
            summary.append(sentence + " ")
            summary.append(f"({source}, {article.published_at:%d %b})", style="dim")
            summary.append("\n")
        summary.rstrip()
        console.print(Panel(summary, title="Summary", title_align="left", expand=False))
    for story in answer.stories:
        console.print(story_block(story, answer.places))


BARS = "▁▂▃▄▅▆▇█"


def sparkline(counts: Sequence[int], top: int) -> str:
    """One character per count, scaled to `top`: "▁" for none, "▂" to "█" for some."""
    steps = len(BARS) - 2
    return "".join(
        BARS[0] if count <= 0 else BARS[1 + round(steps * min(count, top) / max(top, 1))]
        for count in counts
    )


def render_activity(console: Console, activity: Activity) -> None:
    """The compact chart under a briefing: a 30-day sparkline of incidents per event type
    (one scale for all), and killed per week; nothing when no incident is stored."""
    if activity.empty:
        return
    first, last = activity.days[0], activity.days[-1]
    console.print(
        f"[bold]Incidents per day[/], {first:%d %b} – {last:%d %b} "
        f"(one story once, {len(activity.days)} days):"
    )
    top = max(max(counts) for counts in activity.incidents.values())
    width = max(len(event_type) for event_type in activity.incidents)
    for event_type, counts in activity.incidents.items():
        line = f"  {event_type:<{width}} {sparkline(counts, top)} {sum(counts)}"
        console.print(escape(line), highlight=False)
    weeks = " · ".join(
        f"{week.split('-')[1]} {killed}"
        for week, killed in zip(activity.weeks, activity.killed, strict=True)
    )
    console.print(f"[bold]Killed per week[/]: {weeks}", highlight=False)


def render_feeds(console: Console, listed: Sequence[FeedStatus]) -> None:
    """The feed list with each feed's health: failing feeds first, with the reason."""
    if not listed:
        console.print("No feeds. Add one with `newsbot feeds add URL`.")
        return
    table = Table("id", "feed", "status", "last success", "next poll", "articles")
    for feed in listed:
        if not feed.active:
            status = "[dim]removed[/]"
        elif feed.consecutive_failures:
            status = (
                f"[red]failing ×{feed.consecutive_failures}: {escape(feed.last_error or '')}[/]"
            )
        elif feed.last_problem:
            status = f"[yellow]malformed: {escape(feed.last_problem)}[/]"
        elif feed.last_polled_at is None:
            status = "new"
        else:
            status = "[green]ok[/]"
        name = escape(feed.title or "") + "\n" + f"[dim]{escape(feed.url)}[/]"
        table.add_row(
            str(feed.id),
            name,
            status,
            when(feed.last_success_at),
            when(feed.next_poll_at),
            str(feed.article_count),
        )
    console.print(table)


def render_analysis(
    console: Console, analysis: Analysis, source: str, places: Mapping[str, str] = NO_PLACES
) -> None:
    """What the bot understands of one text (its event place as `places` names it)."""
    is_conflict = analysis.relevance.is_conflict
    verdict = "[bold red]conflict[/]" if is_conflict else "[green]not conflict[/]"
    language = language_name(analysis.language)
    in_language = f" · {escape(language)}" if language else ""
    console.print(
        Panel(
            f"{escape(source)}: {verdict} (score {analysis.relevance.score:.2f}){in_language}",
            expand=False,
        )
    )
    if analysis.relevance.terms:
        console.print("Terms that counted: " + escape(", ".join(analysis.relevance.terms)))
    if analysis.places:
        table = Table("as written", "place", "kind", "country", "GeoNames id")
        for mention in analysis.places:
            place = mention.place
            table.add_row(
                escape(mention.as_written),
                escape(place.name),
                place.kind,
                escape(place.country),
                str(place.geonameid or ""),
            )
        console.print(table)
    else:
        console.print("No places found.")
    if analysis.event is not None:
        console.print(f"Event: {escape(event_line(analysis.event, places))}")
    if analysis.summary:
        console.print(
            Panel(Text(analysis.summary), title="Summary", title_align="left", expand=False)
        )
