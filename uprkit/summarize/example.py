"""The bundled example submissions.

* ``uprkit/examples/submissions-svn48``: rebuilt from the summary of stakeholders' submissions on Slovenia,
  Working Group session 48 (A/HRC/WG.6/48/SVN/3, fourth cycle), with its stakeholder manifest; drafted by
  ``uprkit demo`` and by the workbench's "Draft the example" button. Real UN text, but each statement is the
  published sentence without its attribution, so some read as fragments ("The situation in the prisons
  alarming").
* ``uprkit/examples/submissions-uzb30``: six made-up submissions on Uzbekistan (session 30) written to read
  like real ones (DOCX with Word footnotes, PDFs with running headers and footnotes, a joint submission, an
  ombudsman's text), without a manifest; drafted by ``uprkit demo`` as submissions come to OHCHR."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from uprkit.summarize.draft import DraftOptions

__all__ = ["EXAMPLE_COUNTRY", "EXAMPLE_LIMIT", "EXAMPLE_PREVIOUS_OUTCOME", "EXAMPLE_SESSION", "example_folder",
           "example_options", "written_folder", "written_options"]

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


#: The made-up submissions written as organizations write them: Uzbekistan, Working Group session 30.
WRITTEN_COUNTRY = "UZB"
WRITTEN_SESSION = 30


def written_folder() -> Path:
    return Path(str(resources.files("uprkit").joinpath("examples/submissions-uzb30")))


def written_options() -> DraftOptions:
    return DraftOptions(country=WRITTEN_COUNTRY, session=WRITTEN_SESSION, limit_words=None)
