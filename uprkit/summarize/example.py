"""The bundled example submissions (``uprkit/examples/submissions-svn48``): rebuilt from the summary of
stakeholders' submissions on Slovenia, Working Group session 48 (A/HRC/WG.6/48/SVN/3, fourth cycle), and
drafted by ``uprkit demo`` and by the workbench's "Draft the example" button."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from uprkit.summarize.draft import DraftOptions

__all__ = ["EXAMPLE_COUNTRY", "EXAMPLE_LIMIT", "EXAMPLE_PREVIOUS_OUTCOME", "EXAMPLE_SESSION", "example_folder",
           "example_options"]

EXAMPLE_COUNTRY = "SVN"
EXAMPLE_SESSION = 48
EXAMPLE_LIMIT = 5200
#: The outcome of Slovenia's previous review (cycle 3), which the opening endnote of the example cites.
EXAMPLE_PREVIOUS_OUTCOME = "A/HRC/43/15 and the addendum A/HRC/43/15/Add.1, and A/HRC/43/2"


def example_folder() -> Path:
    return Path(str(resources.files("uprkit").joinpath("examples/submissions-svn48")))


def example_options(limit_words: int | None = EXAMPLE_LIMIT) -> DraftOptions:
    return DraftOptions(
        country=EXAMPLE_COUNTRY, session=EXAMPLE_SESSION, limit_words=limit_words,
        previous_outcome=EXAMPLE_PREVIOUS_OUTCOME,
    )
