"""Checks every Block Kit message the bot sends must pass."""

from __future__ import annotations

import json
from typing import Any

from slack_sdk.models.blocks import Block

from bot.slack.blocks import MAX_BLOCKS


def assert_valid_blocks(blocks: list[dict[str, Any]]) -> None:
    """Parsed by slack_sdk's block models (per-block limits), within 50 blocks and the
    ~13k-character total Slack accepts."""
    assert 0 < len(blocks) <= MAX_BLOCKS
    assert len(json.dumps(blocks, ensure_ascii=False)) < 13_000
    for raw in blocks:
        block = Block.parse(raw)
        assert block is not None, raw
        block.validate_json()
        assert block.to_dict() == raw


def text_of(blocks: list[dict[str, Any]]) -> str:
    """Every text in the blocks, joined (for asserting what a message says)."""
    found: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("text"), str):
                found.append(node["text"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(blocks)
    return "\n".join(found)
