"""Tests for bot.understand."""
