"""What a submitter's name says it is: a national human rights institution ("Comisión Nacional de los Derechos
Humanos", "Défenseur des droits", "Ombudsman") or a regional intergovernmental body ("Inter-American Commission
on Human Rights", "OSCE/ODIHR"), from the names in ``data/institution_names.tsv`` (the UN's six languages and
Portuguese). A regional body is never an NHRI, though both may be a "Commission on Human Rights"."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources


@cache
def _names(kind: str) -> re.Pattern[str]:
    text = resources.files("uprkit").joinpath("data/institution_names.tsv").read_text(encoding="utf-8")
    patterns = [
        line.split("\t", 2)[2] for line in text.splitlines()
        if line.strip() and not line.startswith("#") and line.split("\t", 1)[0] == kind
    ]
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


def is_regional_name(text: str) -> bool:
    """``text`` (an abbreviation and a name) names a regional intergovernmental body."""
    return bool(_names("regional").search(text))


def is_nhri_name(text: str) -> bool:
    """``text`` names a national human rights institution, and no regional body."""
    return bool(_names("nhri").search(text)) and not is_regional_name(text)
