"""HTML reader: block lines, dropped chrome, decoding, note references and note bodies."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from uprkit.errors import ReadError
from uprkit.model import Document
from uprkit.read import read_document
from uprkit.read.html import read_html

DATA = Path(__file__).parent / "data"
PAGE = DATA / "kaz3_footnotes.html"


def assert_offsets(doc: Document) -> None:
    for marker in doc.note_markers:
        assert doc.text[marker.start : marker.end] == str(marker.number)
    for note in doc.notes:
        assert doc.text[note.start : note.end] == note.text
        assert doc.text[: note.start].endswith(f"\n{note.number} ")


@pytest.fixture(scope="module")
def doc() -> Document:
    return read_document(PAGE)


def test_read_html_lines(doc: Document) -> None:
    assert doc.format == "html"
    assert doc.text.split("\n") == [
        "A/HRC/WG.6/7/KAZ/3",
        "Kazakhstan",
        "The present report is a summary of 16 stakeholders\u2019 submissions1 to the universal periodic review.",
        "I. Background and framework",
        "A. Scope of international obligations",
        "1. Joint Submission (JS)1 recommended the ratification of ICCPR\u2013OP 2.2 JS3 urged Kazakhstan to "
        "ratify the CRPD.3",
        "• first item",  # an item of a <ul> list, with its bullet
        "• second",
        "item, line two",
        "JS1\tJoint submission 1",
        "AI\tAmnesty International",
        "The area is 2,724,900 km2.",
        "Notes",
        "1 The stakeholders listed at the end of the present report have contributed information.",
        "2 JS1, p. 3.",
        "Second paragraph of note 2.",
        "3 JS3, para. 12.",
        "",
    ]


def test_read_html_drops_chrome(doc: Document) -> None:
    for absent in ("not text", "Home", "OHCHR website header", "Copyright footer", "margin"):
        assert absent not in doc.text


def test_read_html_notes_and_markers(doc: Document) -> None:
    assert_offsets(doc)
    assert [m.number for m in doc.note_markers] == [1, 2, 3]
    assert [doc.text[m.start - 5 : m.end] for m in doc.note_markers] == ["sions1", "OP 2.2", "CRPD.3"]
    assert [(n.number, n.text) for n in doc.notes] == [
        (1, "The stakeholders listed at the end of the present report have contributed information."),
        (2, "JS1, p. 3.\nSecond paragraph of note 2."),
        (3, "JS3, para. 12."),
    ]


def test_read_html_metadata(doc: Document) -> None:
    assert doc.metadata == {"encoding": "cp1252", "title": "Summary prepared by OHCHR: Kazakhstan"}


def test_read_html_pandoc_footnotes() -> None:
    page = (
        '<html><body><p>Text<sup><a href="#fn1" id="fnref1" class="footnote-ref">1</a></sup> more, and '
        'again <a href="#fn2" id="fnref2"><sup>2</sup></a>.</p>'
        '<section class="footnotes"><hr><ol><li id="fn1"><p>Note one. <a href="#fnref1">\u21a9</a></p></li>'
        '<li id="fn2"><p>Note two.<a href="#fnref2">\u21a9</a></p></li></ol></section></body></html>'
    )
    doc = read_html(page.encode(), "p.html")
    assert_offsets(doc)
    assert doc.text == "Text1 more, and again2.\nNotes\n1 Note one.\n2 Note two.\n"
    assert [m.number for m in doc.note_markers] == [1, 2]
    assert [n.text for n in doc.notes] == ["Note one.", "Note two."]


def test_read_html_bare_superscripts_with_note_ids() -> None:
    page = (
        "<html><body><p>Area 30 km<sup>2</sup>, noted by JS1<sup>1</sup> and AI <sup>2</sup>.</p>"
        '<div id="edn1"><p>1 JS1, p. 3.</p></div><div id="edn2"><p>[2] AI, p. 4.</p></div></body></html>'
    )
    doc = read_html(page.encode(), "bare.html")
    assert_offsets(doc)
    assert doc.text == "Area 30 km2, noted by JS11 and AI2.\nNotes\n1 JS1, p. 3.\n2 AI, p. 4.\n"
    assert [(m.number, m.start) for m in doc.note_markers] == [(2, 10), (1, 25), (2, 33)]


def test_read_html_endnotes_are_the_main_series() -> None:
    page = (
        '<html><body><p>A<a href="#_ftn1" name="_ftnref1">[1]</a> B<a href="#_edn1" name="_ednref1">[1]</a></p>'
        '<div id="ftn1"><p><a href="#_ftnref1" name="_ftn1">[1]</a> A footnote.</p></div>'
        '<div id="edn1"><p><a href="#_ednref1" name="_edn1">[1]</a> An endnote.</p></div></body></html>'
    )
    doc = read_html(page.encode(), "both.html")
    assert_offsets(doc)
    assert doc.text == "A1 B1\nNotes\n1 An endnote.\nFootnotes\n1 A footnote.\n"
    assert [m.start for m in doc.note_markers] == [4]
    assert [n.text for n in doc.notes] == ["An endnote."]


#: LibreOffice's HTML export of a Word file with footnotes: a "*" note on the title, numbered notes after it
LIBREOFFICE_PAGE = (
    '<html><body><p><b>Report of the Working Group on the Universal Periodic Review</b><sup><a class="sdfootnoteanc" '
    'name="sdfootnote1anc" href="#sdfootnote1sym" sdfixed><sup>*</sup></a></sup></p>'
    '<p>(a) A national report submitted in accordance with paragraph 15 (a);<sup><a class="sdfootnoteanc" '
    'name="sdfootnote2anc" href="#sdfootnote2sym"><sup>1</sup></a></sup></p>'
    '<p>(b) A summary prepared by OHCHR in accordance with paragraph 15 (c).<sup><a class="sdfootnoteanc" '
    'name="sdfootnote3anc" href="#sdfootnote3sym"><sup>2</sup></a></sup></p>'
    '<p>Mr Jorge Alcocer Ibarra, Ministry of Foreign Affairs.</p>'
    '<div id="sdfootnote1"><p><a class="sdfootnotesym" name="sdfootnote1sym" href="#sdfootnote1anc">*</a>'
    '<font size="2">*\tThe annex to the present report is circulated as received.</font></p></div>'
    '<div id="sdfootnote2"><p><a class="sdfootnotesym" name="sdfootnote2sym" href="#sdfootnote2anc">1</a>'
    '<font size="2">\tA/HRC/WG.6/45/MEX/1.</font></p></div>'
    '<div id="sdfootnote3"><p><a class="sdfootnotesym" name="sdfootnote3sym" href="#sdfootnote3anc">2</a>'
    '<font size="2">\tA/HRC/WG.6/45/MEX/3.</font></p></div></body></html>'
)


def test_read_html_libreoffice_footnotes() -> None:
    # the numbered notes are notes, their texts not glued to the last paragraph; the "*" note on the title is left
    # out, as it is of the Word file
    doc = read_html(LIBREOFFICE_PAGE.encode(), "A_HRC_56_9.html")
    assert_offsets(doc)
    assert doc.text == (
        "Report of the Working Group on the Universal Periodic Review\n"
        "(a) A national report submitted in accordance with paragraph 15 (a);1\n"
        "(b) A summary prepared by OHCHR in accordance with paragraph 15 (c).2\n"
        "Mr Jorge Alcocer Ibarra, Ministry of Foreign Affairs.\n"
        "Notes\n1 A/HRC/WG.6/45/MEX/1.\n2 A/HRC/WG.6/45/MEX/3.\n")
    assert [m.number for m in doc.note_markers] == [1, 2]
    assert [n.text for n in doc.notes] == ["A/HRC/WG.6/45/MEX/1.", "A/HRC/WG.6/45/MEX/3."]
    # an addendum with the "*" note only: no note 1 is made of it
    only_star = re.sub(r"<p>\(a\).*?</p><p>\(b\).*?</p>|<div id=\"sdfootnote[23]\">.*?</div>", "", LIBREOFFICE_PAGE)
    doc = read_html(only_star.encode(), "A_HRC_56_9_Add.1.html")
    assert (doc.notes, doc.note_markers) == ([], [])
    assert doc.text == ("Report of the Working Group on the Universal Periodic Review\n"
                        "Mr Jorge Alcocer Ibarra, Ministry of Foreign Affairs.\n")


def test_read_html_links_that_are_not_notes_stay_in_the_body() -> None:
    page = '<html><body><p>See paragraph <a href="#para2">2</a>.</p><p id="para2">Second.</p></body></html>'
    doc = read_html(page.encode(), "links.html")
    assert doc.text == "See paragraph 2.\nSecond.\n"
    assert doc.notes == [] and doc.note_markers == []


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("<html><body><p>Gen\u00e8ve \u2013 \u2019</p></body></html>".encode(), "utf-8"),
        (
            b"\xef\xbb\xbf" + "<html><body><p>Gen\u00e8ve \u2013 \u2019</p></body></html>".encode(),
            "utf-8-sig",
        ),
        (
            '<html><head><meta charset="iso-8859-1"></head><body><p>Gen\u00e8ve \u2013 \u2019</p></body></html>'.encode(
                "cp1252"
            ),
            "cp1252",
        ),
        ("<html><body><p>Gen\u00e8ve \u2013 \u2019</p></body></html>".encode("utf-16"), "utf-16"),
    ],
)
def test_read_html_decoding(data: bytes, encoding: str) -> None:
    doc = read_html(data, "enc.html")
    assert doc.text.startswith("Gen\u00e8ve \u2013 \u2019")
    assert doc.metadata["encoding"] == encoding


def test_read_html_mislabelled_charset_falls_back_to_detection() -> None:
    page = '<html><head><meta charset="utf-8"></head><body><p>Caf\u00e9 \u2013 r\u00e9sum\u00e9</p></body></html>'
    doc = read_html(page.encode("cp1252"), "mislabelled.html")
    assert doc.metadata["encoding"] != "utf-8"
    assert "\ufffd" not in doc.text
    assert doc.text.startswith("Caf")


def test_read_html_whitespace_and_pre() -> None:
    page = "<html><body><h2>  Title\n  here </h2><p>a\t\tb&nbsp;&nbsp;c</p><pre>x  y\nz</pre></body></html>"
    doc = read_html(page.encode(), "ws.html")
    assert doc.text == "Title here\na b c\nx y\nz\n"


def test_read_html_no_text() -> None:
    with pytest.raises(ReadError) as info:
        read_html(b"<html><head><title>T</title></head><body><script>x()</script> </body></html>", "e.html")
    assert info.value.message == "HTML page has no text"
    assert info.value.path == "e.html"


BLOG = """<html><head><title>Sri Lanka: UPR submission on journalists – Asia Press Freedom Network</title></head><body>
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="top-bar"><ul class="top-links"><li>About</li><li>Donate</li></ul></div>
<div id="mobile-menu" class="mobile-menu"><ul><li>Home</li><li>Publications</li></ul></div>
<div class="breadcrumbs">Home » UN advocacy » Sri Lanka</div>
<main id="main" class="site-main"><article class="post">
<h1 class="entry-title">Sri Lanka: UPR submission on journalists</h1>
<div class="entry-meta"><span class="posted-on">Posted on 18 July 2022</span> <span class="byline">by APFN</span></div>
<figure class="post-thumbnail"><img src="x.jpg"><figcaption>Protesters at Galle Face, April 2022.</figcaption></figure>
<div class="entry-content">
<p>The Asia Press Freedom Network (APFN) submitted the following information to the review of Sri Lanka.</p>
<h2>Killings and disappearances of journalists: impunity continues</h2>
<p>Between 1992 and 2010, 44 journalists and media workers were killed in Sri Lanka.</p>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li>Twitter</li></ul></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3>Related</h3><p>Myanmar: six more journalists sentenced</p></div>
</div></article>
<div id="comments" class="comments-area"><form id="commentform"><p>Leave a reply</p></form></div>
</main>
<aside id="secondary" class="widget-area"><section class="widget"><h2>Recent posts</h2></section></aside>
<div id="cookie-notice" role="dialog"><span>We use cookies to ensure that we give you the best experience.</span></div>
</body></html>"""


def test_a_blog_posts_article_is_read_without_the_sites_furniture() -> None:
    doc = read_html(BLOG.encode(), "blog.html")
    lines = doc.text.splitlines()
    assert lines == [
        "Sri Lanka: UPR submission on journalists",
        "The Asia Press Freedom Network (APFN) submitted the following information to the review of Sri Lanka.",
        "Killings and disappearances of journalists: impunity continues",
        "Between 1992 and 2010, 44 journalists and media workers were killed in Sri Lanka.",
    ]
    # the page's headings, as the reader found them (h1, h2), by where their lines start
    starts = [doc.text.index(line) for line in (lines[0], lines[2])]
    assert doc.heading_lines == starts


def test_a_page_without_an_article_is_read_whole_but_for_its_furniture() -> None:
    page = ("<html><body><div class='menu'>Home About</div><h2>Findings</h2><p>Text of the page.</p>"
            "<div class='cookie-banner'>We use cookies.</div></body></html>")
    doc = read_html(page.encode(), "page.html")
    assert doc.text.splitlines() == ["Findings", "Text of the page."]
    assert doc.heading_lines == [0]


def test_read_html_numbered_lists_keep_the_numbers_a_browser_shows() -> None:
    """A Markdown page's numbered paragraphs are an ordered list: its numbers are the paragraphs' (the CEPLEX
    page of a review's Mexico set lost every locator); letters and Roman numerals are items; an item that
    numbers itself ("131.1 Ratify …") gets no second number."""
    page = (
        "<html><body><ol><li><p>The Centre documents attacks.</p></li></ol><h2>Violence</h2>"
        '<ol start="3"><li><p>CEPLEX documented 42 killings.</p></li><li><p>We recommend that the Government:</p>'
        '<ol type="a"><li>stop stigmatizing journalists;</li><li>investigate Pegasus.</li></ol></li></ol>'
        '<ol type="i"><li>first</li><li value="4">fourth</li></ol>'
        "<ol><li>131.1 Ratify the Convention (Chile);</li></ol></body></html>"
    )
    doc = read_html(page.encode(), "p.html")
    assert_offsets(doc)
    assert doc.text == (
        "1. The Centre documents attacks.\nViolence\n3. CEPLEX documented 42 killings.\n"
        "4. We recommend that the Government:\na) stop stigmatizing journalists;\nb) investigate Pegasus.\n"
        "i) first\niv) fourth\n131.1 Ratify the Convention (Chile);\n"
    )


def test_read_html_word_endnotes_numbered_in_roman_numerals() -> None:
    page = (
        '<html><body><p>At least 27 journalists were in prison.<a href="#_edn1" name="_ednref1"><span>[i]</span></a> '
        'More were tried.<a href="#_edn2" name="_ednref2"><span>[ii]</span></a></p><div id="edn1"><p>'
        '<a href="#_ednref1" name="_edn1">[i]</a> FJPT, Monthly Report, October 2024.</p></div><div id="edn2"><p>'
        '<a href="#_ednref2" name="_edn2">[ii]</a> Court records.</p></div></body></html>'
    )
    doc = read_html(page.encode(), "p.htm")
    assert_offsets(doc)
    assert doc.text.startswith("At least 27 journalists were in prison.1 More were tried.2\nNotes\n")
    assert [m.number for m in doc.note_markers] == [1, 2]
    assert [n.text for n in doc.notes] == ["FJPT, Monthly Report, October 2024.", "Court records."]


def test_read_html_note_number_in_its_own_element() -> None:
    """uprkit's own HTML summary gave each note as ``<li value="98"><span class="note-number">98</span>AI, para.
    26.</li>``: read back, the note was "98AI, para. 26." and cited a source "98AI". The number in its own element
    is left out wherever it is glued to the text; a number that is the note's text stays."""
    page = (
        "<html><body><p>AI noted it.<sup><a href='#note-98' id='ref-98'>98</a></sup> CoE noted it."
        "<sup><a href='#note-99' id='ref-99'>99</a></sup></p><ol>"
        "<li id='note-98' value='98'><span class='note-number'>98</span>AI, para. 26.</li>"
        "<li id='note-99' value='99'><b>99</b>CoE-GRETA, para. 139.</li></ol></body></html>"
    )
    doc = read_html(page.encode(), "draft.html")
    assert [(n.number, n.text) for n in doc.notes] == [(98, "AI, para. 26."), (99, "CoE-GRETA, para. 139.")]
    assert [m.number for m in doc.note_markers] == [98, 99]


def test_read_html_em_space_gap_is_a_column() -> None:
    """A stakeholder list in HTML sets the abbreviation apart with em spaces ("PRI-Central Asia&emsp;&emsp;Penal
    Reform International-Central Asia;"): collapsed into one space, a parser cannot tell where the abbreviation
    ends. Two em spaces or more are a column's gap, as a tab is; one em space is a space."""
    page = (
        "<html><body><p>Intro.<sup><a href='#fn1' id='r1'>1</a></sup></p><ol><li id='fn1'>The list:"
        "<div>PRI-Central Asia&emsp;&emsp;Penal Reform International-Central Asia;</div>"
        "<div>AI&emsp;Amnesty International.</div></li></ol></body></html>"
    )
    (note,) = read_html(page.encode(), "list.html").notes
    assert note.text.splitlines() == [
        "The list:", "PRI-Central Asia\tPenal Reform International-Central Asia;", "AI Amnesty International."]


def test_read_html_google_docs_footnotes() -> None:
    """Google Docs' "Download as web page" links a reference ``<a href="#ftnt1" id="ftnt_ref1">[1]</a>`` to the note
    ``<a href="#ftnt_ref1" id="ftnt1">[1]</a>`` after a rule: the notes were read as text ("[1] AI, p. 3.") and the
    references glued to the words as figures ("in 19222.")."""
    page = (
        '<html><body><p class="c4"><span class="c7">AI noted the law of 2019</span><sup class="c1"><a href="#ftnt1" '
        'id="ftnt_ref1">[1]</a></sup><span class="c0">&nbsp;and its use in 1922</span><sup class="c1"><a href="#ftnt2" '
        'id="ftnt_ref2">[2]</a></sup><span class="c0">.</span></p><hr class="c10"><div><p class="c5"><a '
        'href="#ftnt_ref1" id="ftnt1">[1]</a><span class="c2">&nbsp;Act No. 12 of 2019.</span></p></div><div><p '
        'class="c5"><a href="#ftnt_ref2" id="ftnt2">[2]</a><span class="c2">&nbsp;AI, p. 3.</span></p></div></body></html>'
    )
    doc = read_html(page.encode(), "submission.html")
    assert [(n.number, n.text) for n in doc.notes] == [(1, "Act No. 12 of 2019."), (2, "AI, p. 3.")]
    assert doc.text.startswith("AI noted the law of 20191 and its use in 19222.\n")
    assert [(m.number, m.start) for m in doc.note_markers] == [(1, 24), (2, 45)]


def test_read_html_article_header_is_the_documents() -> None:
    """A <header> inside an <article> is the document's own (uprkit's HTML summary puts its symbol, session and
    title there; a blog post its title): it was left out with the site's banner, and the summary read back as kind
    "unknown" with no symbol. The site's header and the post's date line stay out."""
    page = (
        "<html><body><header class='site-header'><p>NGO home · About · Donate</p></header><article>"
        "<header class='cover'><p class='symbol'>A/HRC/WG.6/48/SVN/3</p><h1>Summary on Slovenia</h1>"
        "<p class='post-meta'>10 July 2023 · 6 min read</p></header><p>1. The report.</p></article></body></html>"
    )
    assert read_html(page.encode(), "s.html").text == "A/HRC/WG.6/48/SVN/3\nSummary on Slovenia\n1. The report.\n"


def test_read_html_note_nothing_refers_to() -> None:
    """A note whose marker the text lost (a published summary's extraction: "marker-gap") stands among the others
    with its own id: it was left out of the notes, and read as text after them. Taken where every found note's id
    gives its number."""
    page = (
        "<html><body><p>AI noted it.<sup><a href='#note-1' id='ref-1'>1</a></sup> HRW too.</p><ol>"
        "<li id='note-1' value='1'><span>1 </span>AI, para. 2.</li>"
        "<li id='note-2' value='2'><span>2 </span>HRW, p. 3.</li></ol></body></html>"
    )
    doc = read_html(page.encode(), "x.html")
    assert [(n.number, n.text) for n in doc.notes] == [(1, "AI, para. 2."), (2, "HRW, p. 3.")]
    assert doc.text == "AI noted it.1 HRW too.\nNotes\n1 AI, para. 2.\n2 HRW, p. 3.\n"


def test_read_html_typed_raised_figures() -> None:
    """A page whose note numbers are typed and set raised (<sup>1</sup>), with no note linked or named: they were
    glued to the figure before them ("in 20221"). In the rising sequence the notes number they are given apart
    (Document.raised_numbers, which the drafter leaves out); a unit's power ("km²") and a figure out of turn
    ("Article 174¹" after note 2) are not."""
    page = ("<html><body><h1>FPA</h1><p>1. FPA documented 35 arrests in 2022<sup>1</sup> and 12 in 2023, over 250 "
            "km<sup>2</sup>.</p><p>2. Up to 3<sup>2</sup> years in prison under Article 174<sup>1</sup>.</p>"
            "<p>Notes: 1 FPA report. 2 Criminal Code.</p></body></html>")
    doc = read_html(page.encode(), "x.html")
    assert "in 20221 and 12" in doc.text and doc.note_markers == []
    assert [(m.number, doc.text[m.start - 6 : m.end]) for m in doc.raised_numbers] == [(1, "n 20221"), (2, "p to 32")]


def test_read_html_typed_notes_list_is_no_reference() -> None:
    """A helper's review: a notes list typed as "<sup>1</sup> Source …" lines had its line-start figures taken for
    references, and the rising sequence they made won over the text's own ("in 20221" stayed)."""
    page = ("<html><body><p>1. FPA documented 35 arrests in 2022<sup>1</sup> and 12 in 2023<sup>2</sup>.</p>"
            "<h2>Notes</h2><p><sup>1</sup> FPA report.</p><p><sup>2</sup> Ministry data.</p></body></html>")
    doc = read_html(page.encode(), "x.html")
    assert [(m.number, doc.text[m.start - 4 : m.end]) for m in doc.raised_numbers] == [(1, "20221"), (2, "20232")]
