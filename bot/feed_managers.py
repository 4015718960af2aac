"""Who may add and remove feeds from Slack: the `NEWSBOT_SLACK_FEED_MANAGERS` rule."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

_USER_ID = re.compile(r"[UW][A-Z0-9]{2,}")


@dataclass(frozen=True)
class FeedManagers:
    """`admins` (workspace admins and owners), `everyone`, or a list of Slack user ids."""

    admins: bool = True
    everyone: bool = False
    users: tuple[str, ...] = ()

    @classmethod
    def parse(cls, text: str) -> FeedManagers:
        """The rule a setting names; ValueError when it names none."""
        cleaned = text.strip()
        if cleaned.lower() == "admins":
            return cls()
        if cleaned.lower() == "everyone":
            return cls(admins=False, everyone=True)
        users = tuple(dict.fromkeys(part.strip() for part in cleaned.split(",") if part.strip()))
        bad = [user for user in users if not _USER_ID.fullmatch(user)]
        if not users or bad:
            shown = ", ".join(bad) or "nothing"
            raise ValueError(
                f"expected admins, everyone or Slack user ids like U012AB3CD, got {shown}"
            )
        return cls(admins=False, users=users)

    def allows(self, user_id: str, is_admin: Callable[[], bool]) -> bool:
        """Whether `user_id` may manage feeds; `is_admin` is asked only when it matters."""
        if self.everyone or user_id in self.users:
            return True
        return self.admins and is_admin()

    def describe(self) -> str:
        """Who may, in mrkdwn: "workspace admins and owners", "<@U1> and <@U2>"."""
        if self.everyone:
            return "everyone"
        if self.admins:
            return "workspace admins and owners"
        named = [f"<@{user}>" for user in self.users]
        return named[0] if len(named) == 1 else f"{', '.join(named[:-1])} and {named[-1]}"
