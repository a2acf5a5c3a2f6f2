"""Drafting the Summary of stakeholders' submissions from the submissions themselves."""

#: The body's word limit the command line drafts to unless told otherwise: the summary's ten pages at about 535
#: words a page (the four Slovenian summaries have 5,100-5,450 words of body text; docs/upr-summary-spec.md). Here,
#: not in ``draft``, so that the command line reads it without importing the drafter at every start.
DEFAULT_LIMIT_WORDS = 5350
