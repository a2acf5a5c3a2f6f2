"""Classification of UPR texts: instruments, affected groups, guideline headings (and other labels)."""

from uprkit.classify import groups as groups
from uprkit.classify import headings as headings
from uprkit.classify import instruments as instruments
from uprkit.classify import outlines as outlines
