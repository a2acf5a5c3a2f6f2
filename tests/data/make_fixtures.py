"""Regenerate the reader fixtures in this folder (run once; the outputs are committed).

    /tmp/venv/bin/pip install fpdf2        # only needed here, never by the tests
    /tmp/venv/bin/python tests/data/make_fixtures.py

Makes:

* ``kaz3_excerpt.pdf``   3 pages of text from A/HRC/WG.6/7/KAZ/3 (running header, "Page 2", numbered
  paragraphs, superscript endnote numbers, a hyphenated line end, endnotes on the last page);
* ``kaz3_encrypted.pdf`` the same with a user password ("secret");
* ``kaz3_truncated.pdf`` the first half of ``kaz3_excerpt.pdf``;
* ``no_text_layer.pdf``  one page with a drawn rectangle and no text (a stand-in for a scan);
* ``kaz3_endnotes.docx`` auto-numbered headings (numbering inherited from heading styles) and paragraphs,
  a table, endnotes referenced out of id order, a "*" custom-mark footnote, a page header;
* ``kaz3_footnotes.docx`` footnotes only, a list restarted with ``w:startOverride`` and lower-roman items;
* ``not_a_zip.docx``     plain text saved under a .docx name;
* ``kaz3_footnotes.html`` a Word "Save as HTML" style page in windows-1252 with ``_ftn`` footnotes;
* ``latin1.txt``         ISO-8859-1 text.

The DOCX files are written part by part with :mod:`zipfile` because no offline tool here makes real endnotes.
"""

from __future__ import annotations

import datetime
import io
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

SYMBOL = "A/HRC/WG.6/7/KAZ/3"

# ------------------------------------------------------------------------------------------------- PDF

# Each page is a list of blocks: ("header", text) | ("heading", text) | ("para", [(text, is_superscript)...])
PDF_PAGES: list[list[tuple[str, object]]] = [
    [
        ("cover", "United Nations"),
        ("header", SYMBOL),
        ("cover", "General Assembly"),
        ("heading", "Human Rights Council"),
        ("heading", "Working Group on the Universal Periodic Review"),
        ("heading", "Seventh session"),
        ("heading", "Geneva, 8\u201319 February 2010"),
        ("heading", "Kazakhstan"),
        (
            "para",
            [
                ("The present report is a summary of 16 stakeholders\u2019 submissions", False),
                ("1", True),
                (
                    " to the universal periodic review. It follows the structure of the general guidelines "
                    "adopted by the Human Rights Council.",
                    False,
                ),
            ],
        ),
        ("heading", "I.  BACKGROUND AND FRAMEWORK"),
        ("heading", "A.  Scope of international obligations"),
        (
            "para",
            [
                ("1.  Joint Submission (JS)1 recommended the ratification of ICCPR\u2013OP 2.", False),
                ("2", True),
                (
                    " JS3 urged Kazakhstan to ratify the CRPD and OP-CRPD at the earliest opportunity.",
                    False,
                ),
                ("3", True),
            ],
        ),
    ],
    [
        ("header", SYMBOL),
        ("header", "Page 2"),
        ("heading", "B.  Constitutional and legislative framework"),
        (
            "para",
            [
                (
                    "2.  JS1 noted that in 2008, the Supreme Court adopted a regulation regarding the\n"
                    "implementation of the norms of international treaties; however in reality, the courts\n"
                    "did not apply the international treaties ratified by Kazakhstan as well as interna-\n"
                    "tional human rights standards.",
                    False,
                ),
                ("4", True),
            ],
        ),
        (
            "para",
            [
                (
                    "3.  JS1 expressed concern that public bodies and institutions and national security "
                    "bodies are not controlled by the Parliament, courts and other competent independent "
                    "institutions and bodies.",
                    False,
                ),
                ("5", True),
            ],
        ),
    ],
    [
        ("header", SYMBOL),
        ("header", "Page 3"),
        ("heading", "Notes"),
        ("note", "1 The stakeholders listed below have contributed information for this summary."),
        ("note", "2 JS1, p. 3."),
        ("note", "3 JS3, para. 12."),
        ("note", "4 JS1, pp. 4-5."),
        ("note", "5 JS1, p. 6; see also AI, p. 2."),
    ],
]


def make_pdf(encrypt: bool = False) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_title("Summary prepared by OHCHR: Kazakhstan")
    pdf.set_author("United Nations")
    pdf.set_creation_date(datetime.datetime(2009, 11, 30, tzinfo=datetime.UTC))
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSerif.ttf"))
    pdf.set_auto_page_break(False)
    if encrypt:
        pdf.set_encryption(owner_password="owner", user_password="secret")
    for blocks in PDF_PAGES:
        pdf.add_page()
        pdf.set_font("DejaVu", size=10)
        for kind, value in blocks:
            if kind == "header":
                pdf.cell(0, 5, str(value), align="R", new_x="LMARGIN", new_y="NEXT")
            elif kind in ("cover", "heading", "note"):
                pdf.cell(0, 6, str(value), new_x="LMARGIN", new_y="NEXT")
            else:
                assert isinstance(value, list)
                for text, superscript in value:
                    pdf.char_vpos = "SUP" if superscript else "LINE"
                    pdf.write(6, text)
                pdf.char_vpos = "LINE"
                pdf.ln(8)
    return bytes(pdf.output())


def make_no_text_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A5")
    pdf.set_creation_date(datetime.datetime(2009, 11, 30, tzinfo=datetime.UTC))
    pdf.add_page()
    pdf.set_fill_color(120, 120, 120)
    pdf.rect(10, 10, 60, 40, style="F")
    return bytes(pdf.output())


# ------------------------------------------------------------------------------------------------- DOCX

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT_W = "application/vnd.openxmlformats-officedocument.wordprocessingml"

CONTENT_TYPES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="{CT_W}.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="{CT_W}.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="{CT_W}.numbering+xml"/>
<Override PartName="/word/footnotes.xml" ContentType="{CT_W}.footnotes+xml"/>
<Override PartName="/word/endnotes.xml" ContentType="{CT_W}.endnotes+xml"/>
<Override PartName="/word/header1.xml" ContentType="{CT_W}.header+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>"""

PACKAGE_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{REL_NS}">
<Relationship Id="rId1" Type="{RT}/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>"""

DOCUMENT_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{REL_NS}">
<Relationship Id="rId1" Type="{RT}/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="{RT}/numbering" Target="numbering.xml"/>
<Relationship Id="rId3" Type="{RT}/footnotes" Target="footnotes.xml"/>
<Relationship Id="rId4" Type="{RT}/endnotes" Target="endnotes.xml"/>
<Relationship Id="rId5" Type="{RT}/header" Target="header1.xml"/>
</Relationships>"""


def core_xml(title: str) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>{title}</dc:title><dc:creator>United Nations</dc:creator>
</cp:coreProperties>"""


STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W_NS}">
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="HChG"><w:name w:val="_ H_Ch_G"/><w:basedOn w:val="Normal"/>
 <w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="H1G"><w:name w:val="_ H_1_G"/><w:basedOn w:val="Normal"/>
 <w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="H23G"><w:name w:val="_ H_2/3_G"/><w:basedOn w:val="H1G"/></w:style>
<w:style w:type="paragraph" w:styleId="SingleTxtG"><w:name w:val="_ Single Txt_G"/><w:basedOn w:val="Normal"/></w:style>
</w:styles>"""


def lvl(
    ilvl: int, fmt: str, text: str, start: int = 1, suff: str | None = None, style: str | None = None
) -> str:
    suff_xml = f'<w:suff w:val="{suff}"/>' if suff else ""
    style_xml = f'<w:pStyle w:val="{style}"/>' if style else ""
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>{style_xml}{suff_xml}'
        f'<w:lvlText w:val="{text}"/></w:lvl>'
    )


NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="{W_NS}">
<w:abstractNum w:abstractNumId="10">
 {lvl(0, "upperRoman", "%1.", style="HChG")}{lvl(1, "upperLetter", "%2.", style="H1G")}{lvl(2, "decimal", "%3.")}
</w:abstractNum>
<w:abstractNum w:abstractNumId="20">
 {lvl(0, "decimal", "%1.")}{lvl(1, "lowerLetter", "(%2)", suff="space")}
</w:abstractNum>
<w:abstractNum w:abstractNumId="30">
 {lvl(0, "lowerRoman", "(%1)", suff="space")}
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="20"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="20"/>
 <w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="30"/></w:num>
</w:numbering>"""


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


def note_ref(kind: str, note_id: int, custom: str | None = None) -> str:
    style = "EndnoteReference" if kind == "endnote" else "FootnoteReference"
    if custom:
        return (
            f'<w:r><w:rPr><w:rStyle w:val="{style}"/></w:rPr><w:{kind}Reference w:customMarkFollows="1" '
            f'w:id="{note_id}"/><w:t>{custom}</w:t></w:r>'
        )
    return f'<w:r><w:rPr><w:rStyle w:val="{style}"/></w:rPr><w:{kind}Reference w:id="{note_id}"/></w:r>'


def para(*content: str, style: str | None = None, num: tuple[int, int] | None = None) -> str:
    ppr = ""
    if style or num:
        style_xml = f'<w:pStyle w:val="{style}"/>' if style else ""
        num_xml = f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>' if num else ""
        ppr = f"<w:pPr>{style_xml}{num_xml}</w:pPr>"
    return f"<w:p>{ppr}{''.join(content)}</w:p>"


def body_xml(body: str) -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W_NS}" '
        f'xmlns:r="{R_NS}"><w:body>{body}<w:sectPr><w:headerReference w:type="default" r:id="rId5"/>'
        "</w:sectPr></w:body></w:document>"
    )


def notes_xml(kind: str, notes: dict[int, str]) -> str:
    style = "EndnoteReference" if kind == "endnote" else "FootnoteReference"
    items = [
        f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>',
        f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
        f"</w:p></w:{kind}>",
    ]
    for note_id, text in notes.items():
        mark = (
            ""
            if text.startswith("*")
            else f'<w:r><w:rPr><w:rStyle w:val="{style}"/></w:rPr><w:{kind}Ref/></w:r>'
        )
        items.append(f'<w:{kind} w:id="{note_id}"><w:p>{mark}<w:r><w:tab/></w:r>{run(text)}</w:p></w:{kind}>')
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{kind}s xmlns:w="{W_NS}">'
        f"{''.join(items)}</w:{kind}s>"
    )


HEADER = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr xmlns:w="{W_NS}"><w:p>{run(SYMBOL)}</w:p></w:hdr>"""


def make_docx(body: str, footnotes: dict[int, str], endnotes: dict[int, str], title: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("_rels/.rels", PACKAGE_RELS)
        zf.writestr("docProps/core.xml", core_xml(title))
        zf.writestr("word/_rels/document.xml.rels", DOCUMENT_RELS)
        zf.writestr("word/document.xml", body_xml(body))
        zf.writestr("word/styles.xml", STYLES)
        zf.writestr("word/numbering.xml", NUMBERING)
        zf.writestr("word/footnotes.xml", notes_xml("footnote", footnotes))
        zf.writestr("word/endnotes.xml", notes_xml("endnote", endnotes))
        zf.writestr("word/header1.xml", HEADER)
    return buffer.getvalue()


def endnotes_docx() -> bytes:
    body = "".join(
        [
            para(run("Kazakhstan"), note_ref("footnote", 1, custom="*")),
            para(run("Summary prepared by the Office of the High Commissioner for Human Rights")),
            para(),
            para(
                run("The present report is a summary of 16 stakeholders\u2019 submissions"),
                note_ref("endnote", 2),
                run(" to the universal periodic review."),
            ),
            para(run("Background and framework"), style="HChG"),
            para(run("Scope of international obligations"), style="H1G"),
            para(
                run("Joint Submission (JS)1 recommended the ratification of ICCPR\u2013OP 2."),
                note_ref("endnote", 5),
                run(" JS3 urged Kazakhstan to ratify the CRPD."),
                note_ref("endnote", 3),
                style="SingleTxtG",
                num=(2, 0),
            ),
            para(
                "<w:r><w:lastRenderedPageBreak/></w:r>",
                run("Constitutional and legislative framework"),
                style="H23G",
            ),
            para(
                run("JS1 noted that in 2008 the Supreme Court adopted a regulation:"),
                style="SingleTxtG",
                num=(2, 0),
            ),
            para(run("on international treaties;"), num=(2, 1)),
            para(run("on human rights standards."), note_ref("endnote", 4), num=(2, 1)),
            para(run("Promotion and protection of human rights on the ground"), style="HChG"),
            para(run("Cooperation with human rights mechanisms"), style="H1G"),
            para(
                run("According to JS1, recommendations of treaty bodies were rarely implemented."),
                note_ref("endnote", 6),
                style="SingleTxtG",
                num=(2, 0),
            ),
            "<w:tbl><w:tr><w:tc>"
            + para(run("JS1"))
            + "</w:tc><w:tc>"
            + para(run("Joint submission 1 by"), note_ref("endnote", 7))
            + para(run("three NGOs"))
            + "</w:tc></w:tr><w:tr><w:tc>"
            + para(run("AI"))
            + "</w:tc><w:tc>"
            + para(run("Amnesty International"))
            + "</w:tc></w:tr></w:tbl>",
        ]
    )
    endnotes = {
        2: "The stakeholders listed at the end of the present report have contributed information.",
        3: "JS3, para. 12.",
        4: "JS1, pp. 4-5.",
        5: "JS1, p. 3.",
        6: "JS1, p. 6; see also AI, p. 2.",
        7: "Civil society: JS1.",
    }
    footnotes = {1: "*The present document was not edited before being sent to the translation services."}
    return make_docx(body, footnotes, endnotes, "Summary prepared by OHCHR: Kazakhstan")


def footnotes_docx() -> bytes:
    body = "".join(
        [
            para(run("Submission to the universal periodic review of Kazakhstan")),
            para(
                run("The coalition"),
                note_ref("footnote", 1),
                run(" submits the following information."),
                num=(2, 0),
            ),
            para(run("Numbering restarted with a start override."), num=(3, 0)),
            para(run("Next item."), note_ref("footnote", 2), num=(3, 0)),
            para(
                run("first "),
                "<w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden </w:t></w:r>",
                '<w:del w:id="9" w:author="x"><w:r><w:delText>deleted </w:delText></w:r></w:del>',
                '<w:ins w:id="10" w:author="x"><w:r><w:t>inserted </w:t></w:r></w:ins>',
                '<w:hyperlink r:id="rId9"><w:r><w:t>roman</w:t></w:r></w:hyperlink>',
                num=(4, 0),
            ),
            para(run("second roman"), num=(4, 0)),
            para(run("third roman with a "), run("tab\u2192"), "<w:r><w:tab/></w:r>", run("end"), num=(4, 0)),
        ]
    )
    footnotes = {1: "Coalition of NGOs, Almaty.", 2: "See www.example.org."}
    return make_docx(body, footnotes, {}, "Coalition submission")


# ------------------------------------------------------------------------------------------------- HTML

HTML = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Summary prepared by OHCHR:
  Kazakhstan</title>
<style>p.MsoNormal {margin:0}</style>
<script>var x = "not text";</script>
</head>
<body>
<nav><a href="/">Home</a> | <a href="/upr">UPR</a></nav>
<header><p>OHCHR website header</p></header>
<div class=WordSection1>
<p class=MsoNormal align=right>A/HRC/WG.6/7/KAZ/3</p>
<h1>Kazakhstan</h1>
<p class=MsoNormal>The present report is a summary of 16 stakeholders\u2019 submissions<a
style='mso-footnote-id:ftn1' href="#_ftn1" name="_ftnref1" title=""><span
class=MsoFootnoteReference><span style='mso-special-character:footnote'></span></span><span
class=MsoFootnoteReference>[1]</span></a> to the universal
periodic review.</p>
<h2>I.&nbsp;&nbsp;Background and framework</h2>
<h3>A.&nbsp;Scope of international obligations</h3>
<p>1.&nbsp;&nbsp;&nbsp;Joint Submission (JS)1 recommended the ratification of ICCPR\u2013OP&nbsp;2. <a
href="#_ftn2" name="_ftnref2">[2]</a> JS3 urged Kazakhstan to ratify the CRPD.<a href="#_ftn3"
name="_ftnref3"><sup>3</sup></a></p>
<ul><li>first item</li><li>second<br>item, line two</li></ul>
<table><tr><td>JS1</td><td>Joint submission 1</td></tr><tr><td>AI</td><td>Amnesty International</td></tr></table>
<p>The area is 2,724,900 km<sup>2</sup>.</p>
</div>
<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all>
<hr align=left size=1 width="33%">
<![endif]>
<div style='mso-element:footnote' id=ftn1>
<p class=MsoFootnoteText><a style='mso-footnote-id:ftn1' href="#_ftnref1" name="_ftn1" title=""><span
class=MsoFootnoteReference>[1]</span></a> The stakeholders listed at the end of the present
report have contributed information.</p>
</div>
<div style='mso-element:footnote' id=ftn2>
<p class=MsoFootnoteText><a href="#_ftnref2" name="_ftn2">[2]</a> JS1, p.&nbsp;3.</p>
<p class=MsoFootnoteText>Second paragraph of note 2.</p>
</div>
<div style='mso-element:footnote' id=ftn3>
<p class=MsoFootnoteText><a href="#_ftnref3" name="_ftn3">[3]</a> JS3, para. 12.</p>
</div>
</div>
<footer>Copyright footer</footer>
</body></html>
"""


def main() -> None:
    (HERE / "kaz3_excerpt.pdf").write_bytes(good := make_pdf())
    (HERE / "kaz3_encrypted.pdf").write_bytes(make_pdf(encrypt=True))
    (HERE / "kaz3_truncated.pdf").write_bytes(good[: len(good) // 2])
    (HERE / "no_text_layer.pdf").write_bytes(make_no_text_pdf())
    (HERE / "kaz3_endnotes.docx").write_bytes(endnotes_docx())
    (HERE / "kaz3_footnotes.docx").write_bytes(footnotes_docx())
    (HERE / "not_a_zip.docx").write_bytes(b"This is plain text saved with a .docx name.\n")
    (HERE / "kaz3_footnotes.html").write_bytes(HTML.encode("cp1252"))
    (HERE / "latin1.txt").write_bytes(
        "Human Rights Council, Gen\u00e8ve.\nS\u00e3o Tom\u00e9 and Pr\u00edncipe: r\u00e9sum\u00e9 of "
        "submissions \u00ab JS1 \u00bb, \u00a7 12.\n".encode("latin-1")
    )
    for path in sorted(HERE.iterdir()):
        if path.suffix != ".py":
            print(f"{path.name:24} {path.stat().st_size:7} bytes")


if __name__ == "__main__":
    main()
