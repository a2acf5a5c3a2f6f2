"""The documentation covers the command line: every command ``uprkit --help`` lists appears in README.md."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer.main

from uprkit.cli import app

README = Path(__file__).resolve().parents[1] / "README.md"


def _listed_commands() -> list[str]:
    group = typer.main.get_command(app)
    return sorted(name for name, cmd in group.commands.items() if not cmd.hidden)  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def readme() -> str:
    if not README.is_file():
        pytest.skip("README.md does not exist yet (the lead is writing it); this check runs once it lands")
    return README.read_text(encoding="utf-8")


def test_docs_readme_mentions_every_command(readme: str) -> None:
    commands = _listed_commands()
    assert "parse" in commands
    missing = [name for name in commands if not re.search(rf"\buprkit\s+{re.escape(name)}\b", readme)]
    assert missing == [], f"commands missing from README.md (as `uprkit <command>`): {missing}"

