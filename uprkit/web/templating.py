"""The Jinja2 environment of the pages: autoescaped, with the few filters the templates need.

Search snippets are marked with two private-use characters (:data:`MARKS`) by the store; :func:`highlight`
escapes the snippet first and only then turns the marks into ``<mark>`` elements, so nothing a document
contains can become markup.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import jinja2
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

__all__ = ["MARKS", "action_name", "highlight", "templates", "theme_name", "url_with"]

MARKS = ("\ue000", "\ue001")

ACTIONS = {
    "1": "1 minimal action", "2": "2 continuing action", "3": "3 considering action", "4": "4 general action",
    "5": "5 specific action",
}


def highlight(snippet: str | None) -> Markup:
    text = str(escape(snippet or ""))
    return Markup(text.replace(MARKS[0], "<mark>").replace(MARKS[1], "</mark>"))


@functools.cache
def _themes() -> dict[str, str]:
    from uprkit.classify.outlines import themes

    return {t.id: t.name for t in themes()}


def theme_name(theme: str | None) -> str:
    if not theme:
        return "unclassified"
    return _themes().get(theme, theme)


def action_name(action: str | None) -> str:
    if not action:
        return "unclassified"
    return ACTIONS.get(str(action), str(action))


def url_with(params: dict[str, Any], **changes: Any) -> str:
    """The query string of ``params`` with ``changes`` (None removes a key), empty values left out."""
    merged = {**params, **changes}
    return urlencode({k: v for k, v in merged.items() if v not in (None, "")}, doseq=True)


def _directory() -> Path:
    return Path(str(resources.files("uprkit.web").joinpath("templates")))


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(_directory()), autoescape=True, undefined=jinja2.StrictUndefined,
        trim_blocks=True, lstrip_blocks=True,
    )
    env.filters.update(highlight=highlight, theme_name=theme_name, action_name=action_name)
    env.globals.update(url_with=url_with, theme_label=theme_name, action_label=action_name)
    return env


templates = Jinja2Templates(env=_environment())
