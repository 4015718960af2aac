"""`newsbot ...`: the terminal front end (also `python -m bot ...`)."""

from __future__ import annotations

import logging
import sys
from datetime import datetime, timedelta
from functools import lru_cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from bot.answers import (
    Briefing,
    NoPlace,
    brief,
    centre_of,
    event_place_lines,
    incidents,
    located,
    parse_duration,
    parse_radius,
    place_activity,
    place_articles,
    place_line,
    resolve_radius,
    story_incidents,
    summarize_stored,
)
from bot.clock import utcnow
from bot.present import serialize, terminal
from bot.runtime import Services, demo, logs
from bot.slack.cli import slack_command

if TYPE_CHECKING:
    from bot.understand.summary import Summarizer

app = typer.Typer(
    help="newsbot: conflict news from RSS/Atom feeds, understood and summarized.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
feeds_app = typer.Typer(help="Add, list and remove feeds.", no_args_is_help=True)
app.add_typer(feeds_app, name="feeds")
db_app = typer.Typer(help="Database maintenance.", no_args_is_help=True)
app.add_typer(db_app, name="db")

console = terminal.make_console()

JsonOption = Annotated[bool, typer.Option("--json", metavar="", help="Print JSON for scripts.")]
SinceOption = Annotated[
    str,
    typer.Option("--since", metavar="DURATION", help="How far back: 30m, 24h, 7d, 2w, or 3 days."),
]
PlaceArgument = Annotated[str, typer.Argument(metavar="PLACE", help="A place, in any spelling.")]


def _write(text: str) -> None:
    """Print what scripts and spreadsheets read (JSON, CSV) as UTF-8, whatever the locale's
    encoding (a Windows pipe's cp1252 cannot write Arabic or Cyrillic names)."""
    sys.stdout.flush()
    out = getattr(sys.stdout, "buffer", None)
    if out is None:
        sys.stdout.write(text)
        return
    out.write(text.encode("utf-8"))
    out.flush()


def _print_json(data: object) -> None:
    _write(serialize.to_json(data) + "\n")


def _locate(services: Services) -> serialize.Locate:
    """Each stored place's gazetteer entry with its point, each key looked up once."""
    return lru_cache(maxsize=None)(partial(located, services.place_index))


def _summarizer(services: Services) -> Summarizer:
    """The summarizer ingest uses, as the settings ask (for articles stored unsummarized)."""
    from bot.understand.summary import Summarizer

    return Summarizer(services.settings.summary_method, services.settings.summary_sentences)


def _named(place: str) -> None:
    """Refuse a blank place, which names nothing to look for."""
    if not place.strip():
        raise typer.BadParameter('name a place, e.g. "Deir ez-Zor"', param_hint="PLACE")


def _since(text: str) -> datetime:
    try:
        return utcnow() - parse_duration(text)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--since") from exc


def _fail(message: str) -> typer.Exit:
    terminal.make_console(stderr=True).print(f"[bold red]error:[/] {message}")
    return typer.Exit(code=1)


@app.callback()
def main_callback(
    ctx: typer.Context,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log what happens.")] = False,
) -> None:
    """newsbot: conflict news from RSS/Atom feeds, understood and summarized."""
    # the long-running processes wait for their database, and log; commands print problems
    long_running = ctx.invoked_subcommand in ("run", "slack")
    services = Services(wait_for_database=long_running)
    quiet = logging.WARNING if long_running else logging.ERROR
    logs.configure(logging.INFO if verbose else quiet, services.settings.log_format == "json")
    ctx.obj = services


@app.command()
def poll(ctx: typer.Context) -> None:
    """Poll every due feed once."""
    from rich.progress import Progress  # a progress bar only where feeds are polled

    services: Services = ctx.obj
    poller = services.poller
    with Progress(console=console, disable=not console.is_terminal, transient=True) as progress:
        task = progress.add_task("Polling feeds", total=None)
        report = poller.poll_due(
            on_start=lambda total: progress.update(task, total=total),
            on_feed=lambda *_: progress.advance(task),
        )
    console.print(
        f"Polled {report.polled} feeds: {report.new_articles} new articles, {report.failed} failed."
    )
    for feed, outcome, _ in report.outcomes:
        if outcome.error:
            console.print(f"[red]✗[/] {feed.url}: {outcome.error}", highlight=False)


@app.command()
def run(ctx: typer.Context) -> None:
    """Poll feeds on a schedule until Ctrl-C or SIGTERM."""
    from bot.runtime import run_until_stopped, serve_operations
    from bot.slack.bot import worker_jobs

    services: Services = ctx.obj
    port = services.settings.metrics_port
    operations = None
    if port is not None:
        try:
            operations = serve_operations(port, services.not_ready)
        except OSError as exc:
            msg = f"cannot listen on NEWSBOT_METRICS_PORT={port}: {exc.strerror or exc}"
            raise _fail(msg) from None
        console.print(f"Serving /healthz, /readyz and /metrics on port {port}.")
    every = services.settings.poll_every_seconds
    poller = services.poller
    slack = worker_jobs(services)
    also = " and posting Slack digests and alerts" if slack else ""
    console.print(f"Polling due feeds every {every} s{also}; Ctrl-C to stop.")
    run_until_stopped(
        lambda stop: poller.poll_due(stop=stop),
        every,
        also=slack.schedule if slack else None,
        stop=slack.stopping if slack else None,
    )
    if operations is not None:
        operations.shutdown()
    console.print("Stopped.")


@app.command()
def digest(ctx: typer.Context, since: SinceOption = "24h", json_out: JsonOption = False) -> None:
    """The conflict digest: every conflict article new since --since."""
    services: Services = ctx.obj
    start = _since(since)
    found = services.store.stories_of(services.store.conflict_articles_since(start))
    if json_out:
        locate = _locate(services)
        _print_json([serialize.story_dict(s, locate) for s in found])
    else:
        places = event_place_lines(services.place_index, found)
        terminal.render_digest(console, found, start, places)


@app.command()
def whatsnew(
    ctx: typer.Context,
    place: PlaceArgument,
    since: SinceOption = "7d",
    json_out: JsonOption = False,
) -> None:
    """What is known lately about a place."""
    services: Services = ctx.obj
    _named(place)
    answer = brief(services.store, services.place_index, place, _since(since))
    activity = None
    if isinstance(answer, Briefing):
        activity = place_activity(services.store, answer.place, answer.also, utcnow())
    if json_out:
        found = serialize.briefing_dict(answer, _locate(services))
        if activity is not None:
            found["activity"] = serialize.activity_dict(activity)
        _print_json(found)
    elif isinstance(answer, NoPlace):
        # no answer, but what was meant: on stderr, so `> file` keeps only answers
        terminal.render_briefing(terminal.make_console(stderr=True), answer)
    else:
        terminal.render_briefing(console, answer)
        if activity is not None:
            terminal.render_activity(console, activity)
    if isinstance(answer, NoPlace):
        raise typer.Exit(code=1)


@app.command(context_settings={"ignore_unknown_options": True})
def events(
    ctx: typer.Context,
    place: Annotated[
        str,
        typer.Argument(
            metavar="PLACE|LAT,LON",
            help="A place in any spelling, or a point in decimal degrees: 36.2,37.1 or "
            "-1.68,29.22 (south and west are negative).",
        ),
    ],
    within: Annotated[
        str,
        typer.Option("--within", metavar="KM", help="The radius, 1 to 500 km: 30km, 50 km."),
    ] = "30km",
    since: SinceOption = "7d",
    sort: Annotated[
        str,
        typer.Option(
            "--sort", metavar="time|distance", help="Newest first (time) or nearest first."
        ),
    ] = "time",
    json_out: JsonOption = False,
) -> None:
    """Stored incidents within a radius of a place, one per story: event type, place,
    distance and bearing from the point, killed and injured, outlets and a link."""
    services: Services = ctx.obj
    _named(place)
    if sort not in ("time", "distance"):
        raise typer.BadParameter("use time or distance", param_hint="--sort")
    start = _since(since)
    try:
        radius = parse_radius(f"within {within} of {place}")
        assert radius is not None, "the text starts with within"
        watch = resolve_radius(services.place_index, radius)
    except ValueError as exc:
        raise _fail(str(exc)) from exc
    if watch.target is None:
        names = "; ".join(p.label for p in watch.suggestions[:4])
        raise _fail(f"No place is called “{place}”. Did you mean: {names}?")
    key, label = watch.target.key, watch.target.label
    recent = services.store.conflict_articles_since(start, limit=5000)
    stories = services.store.stories_of(incidents(services.place_index, key, recent))
    found = story_incidents(services.place_index, key, stories, centre_of(label), by=sort)
    if json_out:
        locate = _locate(services)
        _print_json([serialize.incident_dict(i, locate) for i in found])
    else:
        places = event_place_lines(services.place_index, [i.story for i in found])
        terminal.render_incidents(console, label, found, start, places)


@app.command()
def export(
    ctx: typer.Context,
    place: PlaceArgument,
    since: SinceOption = "30d",
    fmt: Annotated[str, typer.Option("--format", metavar="csv|json", help="The format.")] = "csv",
    limit: Annotated[
        int, typer.Option(metavar="N", min=1, help="At most this many articles.")
    ] = 10_000,
    bom: Annotated[
        bool,
        typer.Option(
            "--bom",
            metavar="",
            help="Start the CSV with a UTF-8 byte-order mark, for Excel to read Arabic or "
            "Cyrillic names right.",
        ),
    ] = False,
) -> None:
    """Everything known about a place, one row per story (with every source's link)."""
    services: Services = ctx.obj
    if fmt not in ("csv", "json"):
        raise typer.BadParameter("use csv or json", param_hint="--format")
    answer = brief(services.store, services.place_index, place, _since(since), limit=1)
    if isinstance(answer, NoPlace):
        terminal.render_briefing(terminal.make_console(stderr=True), answer)
        raise typer.Exit(code=1)
    listed = place_articles(
        services.store, answer.place, answer.also, _since(since), conflict_only=False, limit=limit
    )
    found = services.store.stories_of(
        summarize_stored(services.store, listed, partial(_summarizer, services))
    )
    locate = _locate(services)
    if fmt == "json":
        _print_json([serialize.story_dict(s, locate) for s in found])
    else:
        _write(("\ufeff" if bom else "") + serialize.to_csv(serialize.export_rows(found, locate)))


@app.command()
def analyze(
    ctx: typer.Context,
    files: Annotated[
        list[Path] | None,
        typer.Argument(metavar="FILE", help="Text files; - or nothing reads standard input."),
    ] = None,
    json_out: JsonOption = False,
    sentences: Annotated[
        int | None, typer.Option(metavar="N", min=1, help="Sentences in the summary.")
    ] = None,
) -> None:
    """What the bot understands of any text: relevance, places, summary."""
    services: Services = ctx.obj
    analyzer = services.analyzer
    results = []
    for name in [str(f) for f in files or []] or ["-"]:
        try:
            data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
            text = data.decode("utf-8-sig")  # a BOM (Notepad's) is no part of the text
        except (OSError, UnicodeDecodeError) as exc:
            raise _fail(f"cannot read {name}: {exc}") from exc
        if not text.strip():
            where = "standard input" if name == "-" else name
            raise _fail(f"{where} is empty: there is no text to analyze")
        analysis = analyzer.analyze("", text, sentences)
        if json_out:
            results.append(serialize.analysis_dict(analysis, name, analyzer.parents))
        else:
            event = analysis.event.place if analysis.event is not None else None
            places = (
                {}
                if event is None
                else {event.place.key: place_line(analyzer.gazetteer, event.place)}
            )
            terminal.render_analysis(console, analysis, name, places)
    if json_out:
        _print_json(results)


@feeds_app.command("add")
def feeds_add(
    ctx: typer.Context,
    url: Annotated[str, typer.Argument(help="An http(s) URL of an RSS or Atom feed.")],
    title: Annotated[str | None, typer.Option(help="A name to show.")] = None,
) -> None:
    """Add a feed; it is polled at the next pass."""
    from bot.ingest import validate_feed_url

    services: Services = ctx.obj
    try:
        checked = validate_feed_url(url)
    except ValueError as exc:
        raise _fail(str(exc)) from exc
    feed = services.store.add_feed(checked, title=title)
    console.print(f"Added feed {feed.id}: {feed.url}", highlight=False)


@feeds_app.command("list")
def feeds_list(
    ctx: typer.Context,
    json_out: JsonOption = False,
    all_feeds: Annotated[
        bool, typer.Option("--all", metavar="", help="Include removed feeds.")
    ] = False,
) -> None:
    """Every feed and its health: failing feeds first, with why."""
    services: Services = ctx.obj
    listed = services.store.list_feeds(include_inactive=all_feeds)
    if json_out:
        _print_json([serialize.feed_dict(f) for f in listed])
    else:
        terminal.render_feeds(console, listed)


@feeds_app.command("remove")
def feeds_remove(
    ctx: typer.Context, feed_id: Annotated[int, typer.Argument(help="The id `feeds list` shows.")]
) -> None:
    """Stop polling a feed (its articles stay)."""
    services: Services = ctx.obj
    if not services.store.remove_feed(feed_id):
        raise _fail(f"no active feed with id {feed_id}")
    console.print(f"Removed feed {feed_id}.")


@feeds_app.command("fulltext")
def feeds_fulltext(
    ctx: typer.Context,
    feed_id: Annotated[int, typer.Argument(help="The id `feeds list` shows.")],
    mode: Annotated[str, typer.Argument(help="on, off, or auto (when an entry is short).")],
) -> None:
    """Fetch a feed's article pages for their full text: on, off or auto."""
    from bot.ingest import MODES

    services: Services = ctx.obj
    if mode not in MODES:
        raise typer.BadParameter("use on, off or auto", param_hint="MODE")
    if not services.store.set_full_text(feed_id, mode):
        raise _fail(f"no feed with id {feed_id}")
    console.print(f"Full text for feed {feed_id}: {mode}.")


@db_app.command("upgrade")
def db_upgrade(ctx: typer.Context) -> None:
    """Bring the database schema up to date (Alembic migrations)."""
    from bot.storage import make_engine, migrate

    services: Services = ctx.obj
    url = services.settings.effective_database_url
    engine = make_engine(url)
    migrate.upgrade(engine)
    engine.dispose()
    console.print(f"Database schema is up to date: {url}", highlight=False)


@app.command("demo")
def run_demo(ctx: typer.Context) -> None:
    """Ingest the shipped sample feeds (no network), then show a digest and a briefing."""
    services: Services = ctx.obj
    result = demo.ingest_samples(services)
    console.print(
        f"Ingested {result.feeds} sample feeds: {result.new_articles} new articles "
        f"into {services.settings.effective_database_url}",
        highlight=False,
    )
    for problem in result.problems:
        console.print(f"[yellow]![/] {problem}", highlight=False)
    found = services.store.stories_of(
        services.store.conflict_articles_since(result.first_ingested_at)
    )
    places = event_place_lines(services.gazetteer, found)
    terminal.render_digest(console, found, result.first_ingested_at, places)
    since = min(utcnow(), result.newest_published) - timedelta(days=7)
    answer = brief(services.store, services.gazetteer, demo.DEMO_PLACE, since)
    console.print(f"\n[bold]newsbot whatsnew {demo.DEMO_PLACE!r}[/]")
    terminal.render_briefing(console, answer)


app.command("slack")(slack_command)


def _operator_problem(exc: BaseException) -> tuple[str, int] | None:
    """What an operator must fix, in one line, and the exit code (2: a setting or config
    file is wrong; 1: the database or a folder cannot be reached), for the errors a
    deployment's settings cause; None for anything else (a bug keeps its traceback)."""
    from pydantic import ValidationError
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError

    from bot.settings import ConfigError, Settings

    if isinstance(exc, ConfigError):
        return str(exc), 2
    if isinstance(exc, ValidationError) and exc.title == Settings.__name__:
        said = []
        for error in exc.errors():
            field = str(error["loc"][0]) if error["loc"] else ""
            info = Settings.model_fields.get(field)
            alias = info.validation_alias if info is not None else None
            name = alias if isinstance(alias, str) else f"NEWSBOT_{field.upper()}"
            why = str(error["msg"]).removeprefix("Value error, ")
            said.append(f"{name}={error.get('input')!r}: {why}")
        return "bad setting " + "; ".join(said) + " (see docs/settings.md)", 2
    if isinstance(exc, ArgumentError | NoSuchModuleError):
        return (
            f"NEWSBOT_DATABASE_URL is not a database URL newsbot can use ({exc}); "
            "e.g. postgresql+psycopg://user@host/db or sqlite:////path/newsbot.db",
            2,
        )
    if isinstance(exc, OperationalError):
        reason = str(exc.orig or exc).strip().splitlines()[0]
        return f"cannot open the database: {reason}", 1
    if isinstance(exc, PermissionError | FileNotFoundError | NotADirectoryError):
        where = f": {exc.filename}" if exc.filename else ""
        return f"{exc.strerror or exc}{where} (check NEWSBOT_DATA_DIR and NEWSBOT_CONFIG_DIR)", 1
    return None


def main() -> None:
    """Run the command line (`bot.__main__.main` is the console script's entry point).

    A misconfiguration (a bad setting, database URL or feeds.yaml, an unreachable
    database, a folder that cannot be made) ends in one `newsbot: error: ...` line on
    stderr and a non-zero exit code, not a traceback."""
    try:
        app()
    except Exception as exc:
        problem = _operator_problem(exc)
        if problem is None:
            raise
        message, code = problem
        sys.stdout.flush()
        print(f"newsbot: error: {message}", file=sys.stderr)
        raise SystemExit(code) from None
