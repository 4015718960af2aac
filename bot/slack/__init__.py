"""newsbot in Slack: one Bolt app (Socket Mode or HTTP), Block Kit rendering, posting.

Slack code renders and routes; what to send where and when is decided by
`bot.answers.subscriptions` and `bot.answers.delivery`.
"""
