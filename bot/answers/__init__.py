"""Answers: what each user or channel gets (briefings, subscriptions, deliveries, feed
health). They decide; the front ends render."""
