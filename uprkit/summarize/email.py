"""A submission sent as the body of an e-mail and saved as text: what is the e-mail's and not the submission's.

OHCHR accepts a submission pasted into an e-mail ("please … paste the text into the body of an email, with
numbered paragraphs"), and a stakeholder's file may then be the e-mail as exported: its header lines ("From:",
"To:", "Date:", "Subject:"), a greeting and a covering line ("Thank you for your message. As requested, please find
our submission below …"), the submission, a closing ("Kind regards,") with the sender's signature, a legal
disclaimer, and the messages replied to, quoted line by line ("> …") under "On Tue, 7 Jul 2020, … wrote:". Only the
submission is the stakeholder's statement: OHCHR's quoted "We remind stakeholders that the deadline …" drafted as
the stakeholder's ("it reminds stakeholders …") put words in its mouth. The other lines are left out, as a page's
running header is (:func:`uprkit.summarize.page_notes.left_out_indexes`), for the drafter and ``verify`` both.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

#: An e-mail's header line.
_HEADER = re.compile(r"^(?:from|to|cc|bcc|date|sent|subject|reply-to|importance)\s*:", re.I)
#: A greeting: "Dear colleagues,", "Dear Ms Dolma,", "Hello,".
_GREETING = re.compile(r"^(?:dear\b[^.!?\n]{0,60}|hello|hi|good\s+(?:morning|afternoon|day))[,:!]?\s*$", re.I)
#: A covering line under the greeting, on the e-mail rather than on the State: "… please find our submission below
#: in the body of this email …", "Attached is …", "We hereby submit …".
_COVERING = re.compile(
    r"\b(?:please\s+find|find\s+(?:attached|below)|attached\s+(?:is|are|please)|herewith|hereby\s+submit|"
    r"(?:this|the)\s+(?:e-?mail|message)|thank\s+you\s+for\s+your\s+(?:message|e-?mail|reply))\b",
    re.I,
)
#: A closing, after which come the signature, a disclaimer and the messages replied to.
_CLOSING = re.compile(
    r"^(?:(?:kind|best|warm|warmest)\s+(?:regards|wishes)|regards|sincerely|yours\s+(?:sincerely|faithfully|truly)|"
    r"with\s+(?:best\s+)?(?:regards|thanks)|many\s+thanks|thanks|thank\s+you|--)[,.!]?\s*$",
    re.I,
)
#: The line that opens a message replied to: "On Tue, 7 Jul 2020 at 11:05, UPR Submissions <…> wrote:".
_WROTE = re.compile(r"^on\b.{4,200}\bwrote:\s*$|^-{2,}\s*original\s+message\s*-{2,}$", re.I)
_QUOTED = re.compile(r"^\s*>")


def email_lines(text: str, spans: Sequence[tuple[int, int]]) -> frozenset[int]:
    """Indexes (into ``spans``, the text's lines) of the lines that are the e-mail's, where ``text`` is an e-mail:
    it opens with two or more header lines (see the module's docstring). Nothing of any other text."""
    lines = [text[a:b].strip() for a, b in spans]
    filled = [k for k, line in enumerate(lines) if line]
    head = filled[:8]
    if sum(1 for k in head if _HEADER.match(lines[k])) < 2:
        return frozenset()
    out: set[int] = set()
    k = 0
    while k < len(lines) and (not lines[k] or _HEADER.match(lines[k])):
        out.add(k)  # the header block, and the blank lines in it
        k += 1
    # the greeting, and a covering paragraph right under it
    rest = [j for j in filled if j >= k]
    if rest and _GREETING.match(lines[rest[0]]):
        out.add(rest[0])
        j = rest[0] + 1
        while j < len(lines) and not lines[j]:
            j += 1
        paragraph = []
        while j < len(lines) and lines[j]:
            paragraph.append(j)
            j += 1
        if paragraph and _COVERING.search(" ".join(lines[i] for i in paragraph)):
            out.update(paragraph)
    closing = next((j for j in filled if j >= k and _CLOSING.match(lines[j])), None)
    if closing is not None:
        out.update(range(closing, len(lines)))  # the signature, a disclaimer, the messages replied to
    out.update(j for j in filled if _QUOTED.match(lines[j]) or _WROTE.match(lines[j]))
    return frozenset(out)
