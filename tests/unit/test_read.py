"""Reading input: encodings, binary and empty input, size limits, paths, and HTML extraction."""

from __future__ import annotations

import codecs
import datetime as dt
import gzip
import io
import sys

import pytest

from newsbrief.errors import InputError
from newsbrief.read import DEFAULT_MAX_BYTES, decode, html_to_text, looks_like_html, read_source

ARTICLE = "Gempa mengguncang Cianjur pada Senin (21/11/2022).\nSedikitnya 300 orang meninggal."


class _Stdin:
    """Stands in for sys.stdin; records how many bytes were asked for."""

    def __init__(self, data: bytes):
        self.buffer = self
        self._io = io.BytesIO(data)
        self.asked: list[int] = []

    def read(self, n: int = -1) -> bytes:
        self.asked.append(n)
        return self._io.read(n)


# -- encodings ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        ARTICLE.encode("utf-8"),
        codecs.BOM_UTF8 + ARTICLE.encode("utf-8"),
        codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"),
        ARTICLE.encode("utf-16"),  # Python writes the BOM of the machine's byte order
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16-native"],
)
def test_accepted_encodings_give_the_same_text(data):
    assert decode(data) == ARTICLE


def test_chinese_utf8_and_utf16():
    text = "第二届中国—东盟网红大会在福州举行。"
    assert decode(text.encode("utf-8")) == text
    assert decode(text.encode("utf-16")) == text


def test_not_utf8_names_the_file_and_the_byte():
    with pytest.raises(InputError) as err:
        decode("Café di Jakarta".encode("latin-1"), name="berita.txt")
    msg = str(err.value)
    assert msg.startswith("berita.txt: not UTF-8") and "0xE9" in msg and "\n" not in msg
    with pytest.raises(InputError, match="stdin: not UTF-8"):
        decode("新闻".encode("gbk"))


def test_utf16_without_bom_is_named_as_such():
    with pytest.raises(InputError, match="UTF-16 without a byte-order mark"):
        decode(ARTICLE.encode("utf-16-le"), name="a.txt")


def test_newlines_are_normalised_but_text_kept():
    assert decode(b"Satu.\r\nDua.\rTiga.  \n") == "Satu.\nDua.\nTiga.  \n"


# -- binary and empty ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data,what",
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(64), "PNG"),
        (gzip.compress(ARTICLE.encode()), "gzip"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (b"Text with a NUL\x00 inside", "NUL"),
        (bytes(range(1, 9)) * 50, "control"),
    ],
)
def test_binary_input_is_refused(data, what):
    with pytest.raises(InputError) as err:
        decode(data, name="x.bin")
    assert str(err.value).startswith("x.bin: looks like binary") and what in str(err.value)


@pytest.mark.parametrize(
    "data", [b"", b"   \n\t\r\n ", codecs.BOM_UTF8 + b"  \n", "\u3000\n".encode()]
)
def test_empty_or_whitespace_input_is_refused(data):
    with pytest.raises(InputError, match="input is empty"):
        decode(data)


# -- size limit ---------------------------------------------------------------------------------


def test_size_limit_names_the_limit():
    assert decode(b"x" * 10, max_bytes=10) == "x" * 10
    with pytest.raises(InputError, match=r"over the size limit of 10 bytes"):
        decode(b"x" * 11, max_bytes=10)
    with pytest.raises(InputError, match=r"size limit of 2 MB"):
        decode(b"x" * (2 * 1024 * 1024 + 1), max_bytes=2 * 1024 * 1024)
    assert DEFAULT_MAX_BYTES >= 1024 * 1024


def test_stdin_reads_at_most_limit_plus_one(monkeypatch):
    fake = _Stdin(b"y" * 5000)
    monkeypatch.setattr(sys, "stdin", fake)
    with pytest.raises(InputError, match="stdin: input is over the size limit of 100 bytes"):
        read_source(None, max_bytes=100)
    assert fake.asked == [101]


def test_file_reads_at_most_limit_plus_one(tmp_path, monkeypatch):
    big = tmp_path / "big.txt"
    big.write_bytes(b"z" * 100_000)
    seen: list[int] = []
    from newsbrief import read

    real_decode = read._decode

    def spy(data, **kw):
        seen.append(len(data))
        return real_decode(data, **kw)

    monkeypatch.setattr("newsbrief.read._decode", spy)
    with pytest.raises(InputError, match=r"big\.txt: input is over the size limit"):
        read_source(big, max_bytes=1000)
    assert seen == [1001]


# -- paths --------------------------------------------------------------------------------------


def test_read_source_from_path_and_stdin(tmp_path, monkeypatch):
    f = tmp_path / "a.txt"
    f.write_bytes(codecs.BOM_UTF8 + ARTICLE.encode())
    assert read_source(f) == (ARTICLE, str(f))
    assert read_source(str(f)) == (ARTICLE, str(f))
    monkeypatch.setattr(sys, "stdin", _Stdin(ARTICLE.encode()))
    assert read_source("-") == (ARTICLE, None)
    monkeypatch.setattr(sys, "stdin", _Stdin(ARTICLE.encode()))
    assert read_source(None) == (ARTICLE, None)


def test_missing_path_and_directory(tmp_path):
    with pytest.raises(InputError, match=r"nope\.txt: no such file"):
        read_source(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_source(tmp_path)


# -- HTML ---------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><title>Gempa M5,6 Guncang Cianjur - Berita Kita</title>
<style>.x { color: red }</style><script>var tracking = "Jangan tampil";</script></head>
<body>
<header><nav><a href="/">Beranda</a> | <a href="/nasional">Nasional</a></nav></header>
<div class="sidebar">Terpopuler hari ini</div>
<article>
  <header><h1>Gempa M5,6 Guncang Cianjur</h1></header>
  <p>CIANJUR &mdash; Gempa bermagnitudo 5,6 mengguncang Cianjur, Senin (21/11/2022).</p>
  <p>Sedikitnya 300 orang meninggal &amp; ribuan
     rumah rusak.</p>
  <div class="share-buttons">Bagikan ke Facebook</div>
  <p>&ldquo;Kami terus mencari korban,&rdquo; kata Kepala BNPB.</p>
  <form><input name="q"><button>Cari</button></form>
</article>
<aside>Baca juga: berita lain</aside>
<footer>&copy; 2023 Berita Kita</footer>
</body></html>"""


def test_html_page_gives_headline_and_paragraphs():
    text = decode(PAGE.encode(), name="page.html")
    assert text == (
        "Gempa M5,6 Guncang Cianjur\n\n"
        "CIANJUR — Gempa bermagnitudo 5,6 mengguncang Cianjur, Senin (21/11/2022).\n\n"
        "Sedikitnya 300 orang meninggal & ribuan rumah rusak.\n\n"
        "“Kami terus mencari korban,” kata Kepala BNPB."
    )
    for junk in (
        "Beranda",
        "tracking",
        "Terpopuler",
        "Bagikan",
        "Baca juga",
        "2023 Berita",
        "Cari",
    ):
        assert junk not in text


def test_html_without_article_element_uses_title_and_body():
    html = (
        "<html><head><title>Harga BBM Turun | Portal</title></head><body>"
        "<p>Harga BBM nonsubsidi turun mulai 1 Juni.</p><p>Pertamina mengumumkannya.</p>"
        "<script>x()</script></body></html>"
    )
    assert html_to_text(html) == (
        "Harga BBM Turun\n\nHarga BBM nonsubsidi turun mulai 1 Juni.\n\nPertamina mengumumkannya."
    )


def test_html_fragment_and_line_breaks():
    assert html_to_text("<p>Satu<br>dua</p><p>Tiga &lt;4&gt;</p>") == "Satu\ndua\n\nTiga <4>"
    assert looks_like_html("<p>Satu</p>")
    assert not looks_like_html("Harga naik 5% <sic> dan a < b, kata dia.")
    assert decode(b"Skor 3 < 5 dan 7 > 2.") == "Skor 3 < 5 dan 7 > 2."


def test_html_with_no_article_text_is_refused():
    with pytest.raises(InputError, match=r"page\.html: HTML with no article text"):
        decode(
            b"<html><head><script>var a=1;</script></head><body><nav>Menu</nav></body></html>",
            name="page.html",
        )


def test_chinese_html():
    html = "<html><body><article><h1>福州举行网红大会</h1><p>第二届中国—东盟网红大会在福州举行。</p></article></body></html>"
    assert decode(html.encode()) == "福州举行网红大会\n\n第二届中国—东盟网红大会在福州举行。"


# -- the CLI turns these into one line and exit code 1 ----------------------------------------------


@pytest.mark.slow
def test_cli_bad_input_is_one_line_exit_1(cli, tmp_path):
    binary = tmp_path / "img.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Café".encode("latin-1"))
    for args, stdin, expect in [
        (["detect"], b"  \n", "input is empty"),
        (["detect", str(binary)], None, "looks like binary"),
        (["detect", str(latin)], None, "latin.txt: not UTF-8"),
        (["detect", str(tmp_path / "missing.txt")], None, "no such file"),
        (["detect", "--max-bytes", "10"], b"x" * 50, "size limit of 10 bytes"),
    ]:
        r = cli(args, input=stdin)
        assert r.code == 1, (args, r.err)
        assert expect in r.err and "Traceback" not in r.err
        assert len(r.err.strip().splitlines()) == 1


# Page furniture outside and inside the article: bylines, timestamps, menus written as <div>s,
# "Baca juga" links, copyright lines, Chinese source/editor stamps.
DIV_PAGE = """<!DOCTYPE html><html lang="id"><head><title>Banjir Rendam Banjarmasin - Berita</title>
<script type="application/ld+json">{"headline":"Banjir"}</script></head><body>
<div id="header"><div class="top-menu"><a href="/">Beranda</a> | <a href="/news">Berita</a></div></div>
<div class="menu"><ul><li><a href="/">Home</a></li><li><a href="/daerah">Daerah</a></li></ul></div>
<div class="content"><div class="detail">
 <h1 class="detail__title">Banjir Rendam 4.300 Rumah di Banjarmasin</h1>
 <div class="detail__author">Rudi Hartono - detikNews</div>
 <div class="detail__date">Selasa, 06 Jun 2023 10:15 WIB</div>
 <div class="detail__body-text">
  <p><strong>Banjarmasin</strong> - Banjir merendam 4.300 rumah, Senin (5/6).</p>
  <p>Baca juga: <a href="/x">Cuaca Ekstrem Diprediksi Sepekan</a></p>
  <p>Related to the flood, <a href="/b">BPBD</a> opened three shelters on Monday night.</p>
  <p><a href="/y">Harga emas hari ini</a></p>
 </div>
 <div class="detail__tags"><a href="/tag/banjir">banjir</a></div>
</div></div>
<div class="info">2023-06-12 08:30:15 来源：<a href="#">某某网</a></div>
<div id="footer">Copyright &copy; 2023 Berita Kalsel. All rights reserved.</div>
</body></html>"""


def test_html_furniture_is_dropped_and_the_article_kept():
    assert html_to_text(DIV_PAGE) == (
        "Banjir Rendam 4.300 Rumah di Banjarmasin\n\n"
        "Banjarmasin - Banjir merendam 4.300 rumah, Senin (5/6).\n\n"
        "Related to the flood, BPBD opened three shelters on Monday night."
    )


def test_byline_inside_article_header_is_not_the_lead():
    html = (
        "<article><header><h1>Bank raises rate</h1><p class='byline'>By A. Writer · "
        "<time>2 August 2023</time></p></header><p>The bank raised its rate.</p></article>"
    )
    assert html_to_text(html) == "Bank raises rate\n\nThe bank raised its rate."


def test_inline_furniture_does_not_split_a_paragraph():
    html = "<p>Gempa terjadi <span class='ads'>IKLAN</span>pagi ini.</p><p>Dua tewas.</p>"
    assert html_to_text(html) == "Gempa terjadi pagi ini.\n\nDua tewas."


def test_html_in_its_declared_charset():
    zh = (
        '<html><head><meta charset="gb2312"></head><body><p>怀化强降雨，3人遇难。</p></body></html>'
    )
    assert decode(zh.encode("gb18030"), name="a.html") == "怀化强降雨，3人遇难。"
    en = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
        "</head><body><p>Café at the Élysée.</p></body></html>"
    )
    assert decode(en.encode("cp1252")) == "Café at the Élysée."
    # a declaration that the bytes contradict, or plain text, is still refused in one line
    with pytest.raises(InputError, match="declares charset shift_jis"):
        decode(zh.replace("gb2312", "shift_jis").encode("gb18030"), name="a.html")
    with pytest.raises(InputError, match="not UTF-8"):
        decode("charset=latin-1 Café".encode("latin-1"))


def test_a_misleading_wrapper_class_does_not_eat_the_article():
    body = "".join(
        f"<p>Paragraf {i}: banjir merendam ratusan rumah warga di Banjarmasin.</p>"
        for i in range(5)
    )
    html = f'<html><body><div class="page has-sidebar"><nav>Menu</nav>{body}</div></body></html>'
    text = html_to_text(html)
    assert text.startswith("Paragraf 0: banjir") and text.count("\n\n") == 4
    assert "Menu" not in text


def test_html_published_date():
    from newsbrief.read import html_published, read_document

    meta = '<meta content="2023-05-05T21:30:00+07:00" property="article:published_time">'
    assert html_published(f"<html><head>{meta}</head></html>") == dt.date(2023, 5, 5)
    ld = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024/01/04 09:00"}</script>'
    assert html_published(ld) == dt.date(2024, 1, 4)
    assert html_published('<p>Senin <time datetime="2023-06-05">5/6</time></p>') == dt.date(
        2023, 6, 5
    )
    for none in ('<meta name="pubdate" content="0001-01-01">', "<p>2023-05-05</p>", "<p>x</p>"):
        assert html_published(none) is None
    # plain text has none; an HTML page gives it next to its text
    assert decode(b"2023-05-05 Banjir.") == "2023-05-05 Banjir."
    assert read_document.__doc__


def test_read_document_returns_the_page_date(tmp_path):
    from newsbrief.read import read_document

    page = tmp_path / "a.html"
    page.write_text(
        '<html><head><meta name="pubdate" content="2023-06-06"></head><body><p>Banjir.</p></body></html>',
        encoding="utf-8",
    )
    assert read_document(page) == ("Banjir.", str(page), dt.date(2023, 6, 6))
    plain = tmp_path / "a.txt"
    plain.write_text("Banjir.", encoding="utf-8")
    assert read_document(plain) == ("Banjir.", str(plain), None)
