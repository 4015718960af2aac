"""The table of every setting, generated from `bot.settings.Settings` into docs/settings.md.

    python -m bot.settings_table > docs/settings.md

`tests/test_settings_table.py` fails when the committed table and the code disagree.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import AliasChoices

from bot.settings import Settings

REPO = Path(__file__).resolve().parents[1]


def _variable(name: str) -> str:
    alias = Settings.model_fields[name].validation_alias
    if isinstance(alias, AliasChoices):  # Slack's own names: the upper-case choices
        names = [c for c in alias.choices if isinstance(c, str) and c.isupper()]
        return " or ".join(f"`{n}`" for n in names)
    return f"`{Settings.model_config.get('env_prefix', '')}{name}`".upper()


def _default(name: str) -> str:
    field = Settings.model_fields[name]
    if name == "data_dir":
        return "the user data folder (`~/.local/share/newsbot` on Linux)"
    if isinstance(field.default, Path) and field.default.is_relative_to(REPO):
        return f"`{field.default.relative_to(REPO)}/` of the checkout"
    if field.default is None:
        return "none"
    return f"`{field.default}`" if field.default != "" else "empty"


def settings_table() -> str:
    """docs/settings.md: name, environment variable, default and meaning of each setting."""
    lines = [
        "# Settings",
        "",
        "Generated from `bot/settings.py` by `python -m bot.settings_table`; do not edit by hand.",
        "Each is read from the environment (or a `.env` file in the working directory).",
        "",
        "| setting | environment variable | default | meaning |",
        "| --- | --- | --- | --- |",
    ]
    for name, field in Settings.model_fields.items():
        meaning = (field.description or "").replace("|", "\\|")
        lines.append(f"| `{name}` | {_variable(name)} | {_default(name)} | {meaning} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(settings_table(), end="")
