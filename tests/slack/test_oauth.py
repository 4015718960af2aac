"""OAuth mode over real HTTP: workspaces install the app, each is posted to with its own
token, and an uninstall forgets the tokens and pauses the workspace's subscriptions."""

from __future__ import annotations

import html
import re
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml
from sqlalchemy import update

import bot.slack
from bot.clock import utcnow
from bot.settings import Settings
from bot.slack.bot import worker_jobs
from bot.slack.cli import missing_settings
from bot.slack.jobs import SlackJobs
from bot.storage.schema import slack_oauth_tables
from bot.understand.analyzer import Analyzer
from tests.answers.test_delivery import add_article
from tests.slack.conftest import SECRET, SlackHarness, served, services_for
from tests.slack.test_posting import tomorrow_at
from tests.support.fake_slack import TEAM, FakeSlack

CLIENT_ID = "1111.2222"
TWO = "T0TWO"
MANIFEST = Path(bot.slack.__file__).parent / "manifest.yaml"


def oauth_settings(settings: Settings, fake: FakeSlack) -> Settings:
    """The test's settings in OAuth mode (no bot token), Slack pointed at the fake."""
    return settings.model_copy(
        update={
            "slack_bot_token": None,
            "slack_client_id": CLIENT_ID,
            "slack_client_secret": "client-secret",
            "slack_signing_secret": SECRET,
            "slack_api_url": fake.api_url,
        }
    )


@pytest.fixture
def oauth(settings: Settings, analyzer: Analyzer, fake_slack: FakeSlack) -> Iterator[SlackHarness]:
    """The HTTP-mode app in OAuth mode on a free port, talking to the fake Slack."""
    with served(services_for(oauth_settings(settings, fake_slack), analyzer), fake_slack) as h:
        yield h


def get(
    harness: SlackHarness, path: str, cookie: str | None = None
) -> tuple[int, dict[str, str], str]:
    """GET a page of the app: status, headers, body."""
    url = harness.events_url.removesuffix("/slack/events") + path
    request = urllib.request.Request(url, headers={"cookie": cookie} if cookie else {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read().decode()


def start_install(harness: SlackHarness) -> tuple[str, str, str]:
    """GET /slack/install: the authorize link, its state and the state cookie set."""
    status, headers, page = get(harness, "/slack/install")
    assert status == 200
    found = re.search(r'href="(https://slack\.com/oauth/v2/authorize\?[^"]+)"', page)
    assert found is not None, page
    link = html.unescape(found.group(1))
    [state] = parse_qs(urlsplit(link).query)["state"]
    cookie = headers["Set-Cookie"].split(";")[0]
    assert cookie == f"slack-app-oauth-state={state}"
    return link, state, cookie


def install(harness: SlackHarness, team: str, token: str, code: str) -> int:
    """The whole install of the app in `team` (which Slack grants `token`): its status."""
    harness.fake.grant(code, team, token)
    _, state, cookie = start_install(harness)
    status, _, _ = get(harness, f"/slack/oauth_redirect?code={code}&state={state}", cookie)
    return status


def token_of(harness: SlackHarness, team: str) -> str | None:
    """The bot token stored for `team`, if any."""
    assert harness.bot.installations is not None
    found = harness.bot.installations.find_bot(enterprise_id=None, team_id=team)
    return None if found is None else found.bot_token


def subscribe(harness: SlackHarness, team: str, channel: str) -> None:
    """A signed /subscribe from `team`, answered."""
    status, _ = harness.command(
        "/subscribe", "Deir al-Zor daily 08:00", channel=channel, team=team, response=channel
    )
    assert status == 200
    harness.fake.wait_for(f"response:{channel}")


def wait_until(check: Callable[[], bool], timeout: float = 10.0) -> None:
    """Until `check()` holds (a listener runs after the ack, on another thread)."""
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def posted_tokens(harness: SlackHarness, since: int = 0) -> dict[str, str | None]:
    """Channel -> the token its chat.postMessage calls (after the first `since`) used."""
    calls = harness.fake.calls_to("chat.postMessage")[since:]
    return {str(call.body["channel"]): call.token for call in calls}


def news(harness: SlackHarness, title: str) -> None:
    """A conflict article about Deir ez-Zor, first seen now."""
    deir = harness.bot.gazetteer.lookup("Deir ez-Zor")[0]
    add_article(harness.bot.store, title, deir, utcnow())


def worker(harness: SlackHarness, analyzer: Analyzer) -> SlackJobs:
    """`newsbot run`'s Slack jobs, in a process of their own (no SLACK_BOT_TOKEN)."""
    jobs = worker_jobs(services_for(harness.services.settings, analyzer))
    assert jobs is not None
    return jobs


@pytest.fixture
def two_workspaces(oauth: SlackHarness) -> SlackHarness:
    """Two workspaces installed through the OAuth flow, each following Deir ez-Zor."""
    assert install(oauth, TEAM, "xoxb-one", "code-one") == 200
    assert install(oauth, TWO, "xoxb-two", "code-two") == 200
    subscribe(oauth, TEAM, "CDESK")
    subscribe(oauth, TWO, "CTWO")
    return oauth


def test_install_page_links_to_slack_with_a_state_and_sets_its_cookie(
    oauth: SlackHarness,
) -> None:
    link, state, _ = start_install(oauth)
    query = parse_qs(urlsplit(link).query)
    assert query["client_id"] == [CLIENT_ID]
    manifest = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    assert query["scope"] == [",".join(manifest["oauth_config"]["scopes"]["bot"])]
    assert len(state) >= 32


def test_the_redirect_stores_the_installation(oauth: SlackHarness) -> None:
    oauth.fake.grant("code-two", TWO, "xoxb-two")
    _, state, cookie = start_install(oauth)
    status, _, page = get(oauth, f"/slack/oauth_redirect?code=code-two&state={state}", cookie)
    assert status == 200 and "Thank you" in page
    assert token_of(oauth, TWO) == "xoxb-two"
    [exchange] = oauth.fake.calls_to("oauth.v2.access")
    assert exchange.body["code"] == "code-two"
    assert [c.token for c in oauth.fake.calls_to("auth.test")] == ["xoxb-two"]
    # the state is spent: the same redirect again is refused
    again, _, _ = get(oauth, f"/slack/oauth_redirect?code=code-two&state={state}", cookie)
    assert again == 401


def test_a_bad_or_expired_state_is_refused(oauth: SlackHarness) -> None:
    oauth.fake.grant("code-two", TWO, "xoxb-two")
    forged = "slack-app-oauth-state=forged"
    status, _, _ = get(oauth, "/slack/oauth_redirect?code=code-two&state=forged", forged)
    assert status == 401
    _, state, cookie = start_install(oauth)
    no_cookie, _, _ = get(oauth, f"/slack/oauth_redirect?code=code-two&state={state}")
    assert no_cookie == 400
    with oauth.bot.store.engine.begin() as conn:
        conn.execute(update(slack_oauth_tables()[2]).values(expire_at=datetime(2000, 1, 1)))
    expired, _, _ = get(oauth, f"/slack/oauth_redirect?code=code-two&state={state}", cookie)
    assert expired == 401
    assert oauth.fake.calls_to("oauth.v2.access") == []
    assert token_of(oauth, TWO) is None


def test_each_workspace_is_posted_to_with_its_own_token(
    two_workspaces: SlackHarness, analyzer: Analyzer
) -> None:
    h = two_workspaces
    assert {c.token for c in h.fake.calls_to("auth.test")} == {"xoxb-one", "xoxb-two"}
    news(h, "Shelling in Deir ez-Zor")
    assert worker(h, analyzer).digests(tomorrow_at(8)) == 2
    assert posted_tokens(h) == {"CDESK": "xoxb-one", "CTWO": "xoxb-two"}


def test_app_uninstalled_forgets_the_tokens_and_pauses_the_workspace(
    two_workspaces: SlackHarness, analyzer: Analyzer
) -> None:
    h = two_workspaces
    status, _ = h.event({"type": "app_uninstalled"}, team=TWO)
    assert status == 200
    wait_until(lambda: token_of(h, TWO) is None)
    wait_until(lambda: len(h.bot.channels.active_subscriptions()) == 1)
    [paused] = h.bot.channels.subscriptions(TWO, ["CTWO"])
    assert paused.paused_reason == "app_uninstalled"
    assert token_of(h, TEAM) == "xoxb-one"
    news(h, "Shelling in Deir ez-Zor")
    assert worker(h, analyzer).digests(tomorrow_at(8)) == 1
    assert posted_tokens(h) == {"CDESK": "xoxb-one"}


def test_installing_again_resumes_with_the_new_token(
    two_workspaces: SlackHarness, analyzer: Analyzer
) -> None:
    h = two_workspaces
    h.event({"type": "app_uninstalled"}, team=TWO)
    wait_until(lambda: len(h.bot.channels.active_subscriptions()) == 1)
    assert install(h, TWO, "xoxb-two-again", "code-again") == 200
    [sub] = h.bot.channels.subscriptions(TWO, ["CTWO"])
    assert sub.paused_reason is None
    news(h, "Shelling in Deir ez-Zor")
    assert worker(h, analyzer).digests(tomorrow_at(8)) == 2
    assert posted_tokens(h) == {"CDESK": "xoxb-one", "CTWO": "xoxb-two-again"}


def test_a_revoked_bot_token_is_forgotten_and_pauses_the_workspace(
    two_workspaces: SlackHarness,
) -> None:
    h = two_workspaces
    revoked = {"type": "tokens_revoked", "tokens": {"oauth": [], "bot": ["UBOT"]}}
    assert h.event(revoked, team=TWO)[0] == 200
    wait_until(lambda: token_of(h, TWO) is None)
    wait_until(lambda: h.bot.channels.subscriptions(TWO, ["CTWO"])[0].paused_reason is not None)
    assert h.bot.channels.subscriptions(TWO, ["CTWO"])[0].paused_reason == "tokens_revoked"


def test_a_workspace_without_a_token_is_paused_until_it_installs(
    two_workspaces: SlackHarness, analyzer: Analyzer
) -> None:
    h = two_workspaces
    assert h.bot.installations is not None
    h.bot.installations.delete_bot(enterprise_id=None, team_id=TWO)  # lost, no event
    news(h, "Shelling in Deir ez-Zor")
    jobs = worker(h, analyzer)
    assert jobs.digests(tomorrow_at(8)) == 1
    assert posted_tokens(h) == {"CDESK": "xoxb-one"}
    [sub] = h.bot.channels.subscriptions(TWO, ["CTWO"])
    assert sub.paused_reason == "not_installed"
    assert install(h, TWO, "xoxb-two-new", "code-new") == 200
    before = len(h.fake.calls_to("chat.postMessage"))
    assert jobs.digests(tomorrow_at(8) + timedelta(days=1)) == 1
    assert posted_tokens(h, before) == {"CTWO": "xoxb-two-new"}


def test_a_request_from_a_workspace_that_never_installed_is_not_served(
    oauth: SlackHarness,
) -> None:
    status, _ = oauth.command("/subscribe", "Deir al-Zor", channel="CX", team="T0NOPE")
    assert status == 200  # Bolt answers through the response URL that it is not installed
    oauth.fake.wait_for("response:cmd")
    assert oauth.bot.channels.active_subscriptions() == []


def test_oauth_mode_needs_no_bot_token(settings: Settings, fake_slack: FakeSlack) -> None:
    oauth_mode = oauth_settings(settings, fake_slack)
    assert missing_settings(oauth_mode, http=True) == []
    assert missing_settings(oauth_mode.model_copy(update={"slack_client_secret": None}), True) == [
        "SLACK_BOT_TOKEN"
    ]


def test_the_default_scopes_are_the_manifests() -> None:
    manifest = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    default = Settings.model_fields["slack_scopes"].default
    assert default.split(",") == manifest["oauth_config"]["scopes"]["bot"]


def test_with_one_bot_token_an_uninstall_pauses_the_subscriptions(harness: SlackHarness) -> None:
    assert harness.bot.installations is None and harness.app.oauth_flow is None
    subscribe(harness, TEAM, "CDESK")
    assert harness.event({"type": "app_uninstalled"})[0] == 200
    wait_until(lambda: harness.bot.channels.active_subscriptions() == [])
    [sub] = harness.bot.channels.subscriptions(TEAM, ["CDESK"])
    assert sub.paused_reason == "app_uninstalled"
    assert get(harness, "/slack/install")[0] == 404
