"""Prometheus metrics of one process (prometheus-client's default registry)."""

from __future__ import annotations

from prometheus_client import Counter, Histogram

POLLS = Counter("newsbot_polls", "Feed polls, by outcome.", ["outcome"])
POLL_FAILURES = Counter("newsbot_poll_failures", "Failed feed polls, by reason.", ["reason"])
ARTICLES_STORED = Counter("newsbot_articles_stored", "Articles stored for the first time.")
POLL_PASS_SECONDS = Histogram(
    "newsbot_poll_pass_seconds",
    "Duration of a polling pass over the due feeds.",
    buckets=(0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600),
)
BRIEFING_SECONDS = Histogram(
    "newsbot_briefing_seconds",
    "Time to assemble a place briefing.",
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.15, 0.25, 0.5, 1, 2.5),
)
SLACK_POSTS = Counter("newsbot_slack_posts", "Messages posted to Slack.")
SLACK_ERRORS = Counter(
    "newsbot_slack_errors", "Slack Web API errors when posting, by error.", ["error"]
)
LEASE_TAKEOVERS = Counter(
    "newsbot_lease_takeovers",
    "Feeds claimed after another worker's lease on them expired (a worker died mid-poll).",
)
