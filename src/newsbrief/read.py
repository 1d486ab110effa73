"""Turn a path, stdin or bytes into article text: size limit, encodings, binary input, HTML.

The text returned is what every span refers to, so it is kept as it was written except for
newlines (``\\r\\n`` and ``\\r`` become ``\\n``) and, for HTML input, the extraction of the
article's text. Every refusal is an InputError with a one-line message naming the input.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
import sys
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import BinaryIO

from .errors import InputError

__all__ = [
    "DEFAULT_MAX_BYTES",
    "decode",
    "html_published",
    "html_to_text",
    "looks_like_html",
    "read_document",
    "read_source",
]


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


DEFAULT_MAX_BYTES = 5 * 1024 * 1024

# Signatures of common binary formats people pipe in by mistake.
_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "gzip data"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx)"),
    (b"%PDF-", "a PDF"),
    (b"\x7fELF", "an executable"),
    (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7z archive"),
    (b"\xd0\xcf\x11\xe0", "an MS Office document"),
    (b"RIFF", "a RIFF (audio/video) file"),
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Control characters other than tab, newline, vertical tab, form feed, carriage return and ESC.
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27))
_CONTROL_TEXT = re.compile("[" + re.escape(_CONTROL.decode("ascii")) + "\x7f]")
_SNIFF = 8192


def read_source(src: str | Path | None, *, max_bytes: int | None = None) -> tuple[str, str | None]:
    """Read `src` (a path, '-' or None for stdin) and return (text, source name or None).

    Never reads more than the size limit plus one byte.
    """
    text, name, _ = read_document(src, max_bytes=max_bytes)
    return text, name


def read_document(
    src: str | Path | None, *, max_bytes: int | None = None
) -> tuple[str, str | None, dt.date | None]:
    """`read_source`, plus the publication date an HTML page declares (None for plain text)."""
    limit = DEFAULT_MAX_BYTES if max_bytes is None else max_bytes
    data, name = _read_bytes(src, limit)
    text, published = _decode(data, name=name, max_bytes=limit)
    return text, name, published


def read_dated(
    src: str | Path | None,
    *,
    max_bytes: int | None = None,
    option: dt.date | None = None,
    dates: DateMap | None = None,
) -> tuple[Dated, str | None]:
    """Read an article and its publication date by the rule of `decode_dated`; the sidecar
    (story.date beside story.txt) and the --dates map are looked up for a file path."""
    limit = DEFAULT_MAX_BYTES if max_bytes is None else max_bytes
    data, name = _read_bytes(src, limit)
    listed = None
    if name is not None:
        listed = (dates.lookup(name) if dates else None) or sidecar_date(Path(name))
    return decode_dated(data, name=name, max_bytes=limit, option=option, listed=listed), name


def _read_upto(fh: BinaryIO, limit: int) -> bytes:
    """At most limit + 1 bytes, read in blocks: memory follows the file's size, not the limit
    (a limit of a terabyte or of 10**23 bytes must not allocate it, nor overflow read())."""
    blocks: list[bytes] = []
    left = limit + 1
    while left > 0:
        block = fh.read(min(left, 1 << 20))
        if not block:
            break
        blocks.append(block)
        left -= len(block)
    return b"".join(blocks)


def _read_bytes(src: str | Path | None, limit: int) -> tuple[bytes, str | None]:
    if src is None or str(src) == "-":
        data = _read_upto(sys.stdin.buffer, limit)
        name = None
    else:
        path = Path(src)
        name = str(path)
        if path.is_dir():
            raise InputError(f"{path}: is a directory, not an article file")
        if not path.exists():
            raise InputError(f"{path}: no such file")
        try:
            with path.open("rb") as fh:
                data = _read_upto(fh, limit)
        except PermissionError:
            raise InputError(f"{path}: permission denied") from None
        except OSError as exc:
            raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    return data, name


def decode(data: bytes, *, name: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Bytes to article text, or InputError saying what is wrong with them."""
    return _decode(data, name=name, max_bytes=max_bytes)[0]


def decode_document(
    data: bytes, *, name: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[str, dt.date | None]:
    """`decode`, plus the publication date an HTML page declares (as `read_document`)."""
    return _decode(data, name=name, max_bytes=max_bytes)


def _decode(data: bytes, *, name: str | None, max_bytes: int) -> tuple[str, dt.date | None]:
    where = name or "stdin"
    published, _, text = _declared(_decode_checked(data, where, max_bytes), where)
    return text, published


def _decode_checked(data: bytes, where: str, max_bytes: int) -> str:
    """Bytes to text: size, emptiness, encoding and binary data checked; newlines normalised."""
    if len(data) > max_bytes:
        raise InputError(
            f"{where}: input is over the size limit of {_human(max_bytes)} "
            "(raise it with --max-bytes or NEWSBRIEF_MAX_BYTES)"
        )
    if not data.strip():
        raise InputError(f"{where}: input is empty")
    text = _decode_text(data, where)
    if _CONTROL_TEXT.search(text[:_SNIFF]) and _control_ratio(text[:_SNIFF]) > 0.05:
        raise InputError(f"{where}: looks like binary data, not text")
    if text.startswith("\ufeff"):
        text = text[1:]  # a second BOM left by an editor; it is not content
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{where}: input is empty (only whitespace)")
    return text


def _declared(text: str, where: str) -> tuple[dt.date | None, str | None, str]:
    """(date the document declares, which part declared it, the article text without it)."""
    if looks_like_html(text):
        published = html_published(text)
        text = html_to_text(text)
        if not text.strip():
            raise InputError(f"{where}: HTML with no article text")
        return published, "html" if published else None, text
    m = _FRONT_MATTER.match(text)
    if m:  # YAML front matter (static-site exports) is metadata, not article text
        day = _front_matter_date(m.group(1))
        return day, "front-matter" if day else None, text[m.end() :]
    m = _HEADER_DATE.match(text)
    if m:
        day = _iso_day(m.group(2))
        if day:
            return day, "header", text[: m.start(1)] + text[m.end() :]
    return None, None, text


def looks_like_html(text: str) -> bool:
    """An HTML document or fragment, judged by its content (not a file name)."""
    head = text[:_SNIFF].lstrip().lower()
    if head.startswith(("<!doctype html", "<html")):
        return True
    tags = _HTML_HINT.findall(text[:65536])
    return len(tags) >= 3 or (head.startswith("<") and len(tags) >= 1)


def html_published(html: str) -> dt.date | None:
    """The publication date a news page declares: article:published_time and similar <meta>
    tags, JSON-LD datePublished, else a <time pubdate> / the first <time datetime>. The date is
    taken as written (the publisher's local day), not converted to UTC."""
    head = html[:_DATE_SNIFF]
    for tag in _META_TAG.findall(head):
        attrs = {k.lower(): v1 or v2 or v3 for k, v1, v2, v3 in _ATTR.findall(tag)}
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if key in _PUBLISHED_KEYS and (day := _iso_day(attrs.get("content", ""))):
            return day
    for rx in (_JSONLD_PUBLISHED, _TIME_PUBDATE, _TIME_DATETIME):
        m = rx.search(head)
        if m and (day := _iso_day(m.group(1))):
            return day
    return None


def html_to_text(html: str) -> str:
    """The article text of an HTML page: headline, then paragraphs separated by blank lines.

    Navigation, headers, footers, asides, forms, scripts and styles are dropped; entities are
    unescaped. When the page has an <article> (or <main>) element, only its text is kept.
    """
    text = _parse(html, by_class=True)
    if len(text) < _SHORT_ARTICLE:
        # A class name can be misleading ("page has-sidebar" around the whole page): when
        # dropping furniture by class leaves next to nothing, judge by element names alone.
        plain = _parse(html, by_class=False)
        if len(plain) > 3 * len(text) + 100:  # most of the page went, not just its bylines
            return plain
    return text


def _parse(html: str, *, by_class: bool) -> str:
    parser = _ArticleParser(by_class=by_class)
    parser.feed(html)
    parser.close()
    return parser.result()


# -- internals ---------------------------------------------------------------------------------

_DATE_SNIFF = 262_144
_META_TAG = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_PUBLISHED_KEYS = _words(
    "article:published_time og:published_time og:article:published_time datepublished "
    "pubdate publishdate publish-date publish_date publication_date dc.date.issued dc.date "
    "dcterms.created sailthru.date parsely-pub-date content_publisheddate ptime"
)
_JSONLD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
_TIME_PUBDATE = re.compile(r"<time\b[^>]*\bpubdate\b[^>]*\bdatetime\s*=\s*[\"']([^\"']+)", re.I)
_TIME_DATETIME = re.compile(r"<time\b[^>]*\bdatetime\s*=\s*[\"']([^\"']+)", re.IGNORECASE)
_ISO_DAY = re.compile(r"\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")


def _iso_day(value: str) -> dt.date | None:
    m = _ISO_DAY.match(value)
    if not m:
        return None
    try:
        day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
    # a template's placeholder (0001-01-01) or a clock set far ahead is not a publication date
    return day if 1990 <= day.year <= dt.date.today().year + 1 else None


_FRONT_MATTER = re.compile(r"---[ \t]*\n(.{0,4000}?\n)---[ \t]*(?:\n|$)", re.S)
_FRONT_DATE = re.compile(
    r"^(?:date|published|pubdate|publishdate|publish_date|tanggal)\s*:\s*[\"']?([^\"'\n]+)",
    re.I | re.M,
)
# "Date: 2024-05-25" as one of the first lines (mail and wire exports); removed from the text
_HEADER_DATE = re.compile(
    r"(?:[^\n]*\n){0,3}?(^(?:date|published|tanggal|日期|发布时间)[ \t]*[:：][ \t]*"
    r"(\d{4}-\d\d-\d\d)(?:[T ][\d:.+\-Z]*)?[ \t]*(?:\n|$))",
    re.I | re.M,
)
_NAME_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_]?(\d\d)[-_]?(\d\d)(?!\d)")


def _front_matter_date(block: str) -> dt.date | None:
    m = _FRONT_DATE.search(block)
    return _iso_day(m.group(1).strip()) if m else None


DateSource = (
    str  # "--date" | "html" | "front-matter" | "header" | "sidecar" | "dates-file" | "file-name"
)


@dataclass(frozen=True)
class Dated:
    """An article's text and its publication date, with where that date came from."""

    text: str
    date: dt.date | None
    source: DateSource | None


def date_in_name(name: str | None) -> dt.date | None:
    """'2024-05-25-floods.txt' (or 20240525_floods.txt) -> 2024-05-25; the file name only."""
    if not name:
        return None
    m = _NAME_DATE.search(name.replace("\\", "/").rsplit("/", 1)[-1])
    if not m:
        return None
    try:
        day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
    return day if 1990 <= day.year <= dt.date.today().year + 1 else None


def decode_dated(
    data: bytes,
    *,
    name: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    option: dt.date | None = None,
    listed: tuple[dt.date, DateSource] | None = None,
) -> Dated:
    """Bytes to article text plus its publication date, the one rule `brief FILE` and batch share.

    In order: `option` (--date), the date the document declares (an HTML page's, YAML front
    matter, a 'Date: YYYY-MM-DD' header line), `listed` (a sidecar file or a --dates CSV row, as
    the caller found it), a date in the file name.
    """
    where = name or "stdin"
    text = _decode_checked(data, where, max_bytes)
    declared, how, text = _declared(text, where)
    if option is not None:
        return Dated(text, option, "--date")
    if declared is not None:
        return Dated(text, declared, how)
    if listed is not None:
        return Dated(text, listed[0], listed[1])
    from_name = date_in_name(name)
    return Dated(text, from_name, "file-name" if from_name else None)


SIDECAR_SUFFIX = ".date"


def sidecar_date(path: Path) -> tuple[dt.date, DateSource] | None:
    """The date in 'story.date' beside 'story.txt' (its first line, YYYY-MM-DD), if any."""
    side = path.with_suffix(SIDECAR_SUFFIX)
    try:
        first = side.read_text(encoding="utf-8-sig").strip().split("\n", 1)[0]
    except (OSError, UnicodeDecodeError):
        return None
    day = _iso_day(first.strip())
    return (day, "sidecar") if day else None


class DateMap:
    """Publication dates per file: rows of a --dates CSV (path,date) and sidecar files.

    A CSV path is relative to the batch's input folder or to the CSV's own folder; a sidecar
    'a/story.date' dates every 'a/story.*'.
    """

    def __init__(self, rows: dict[str, tuple[dt.date, DateSource]] | None = None) -> None:
        self.rows = dict(rows or {})

    @staticmethod
    def _key(path: str) -> str:
        key = path.replace("\\", "/")
        while key.startswith("./"):
            key = key[2:]
        return key

    @classmethod
    def from_csv(cls, csv_path: str | Path) -> DateMap:
        import csv

        from .errors import UsageError

        path = Path(csv_path)
        try:
            lines = path.read_text(encoding="utf-8-sig").splitlines()
        except OSError as exc:
            raise UsageError(f"--dates {path}: cannot be read ({exc.strerror or exc})") from None
        rows: dict[str, tuple[dt.date, DateSource]] = {}
        for n, row in enumerate(csv.reader(lines), 1):
            if not row or not "".join(row).strip() or row[0].strip().startswith("#"):
                continue
            if n == 1 and row[0].strip().lower() in ("path", "file"):
                continue  # a header row
            day = _iso_day(row[1].strip()) if len(row) >= 2 else None
            if len(row) != 2 or day is None:
                raise UsageError(f"--dates {path}, line {n}: expected 'path,YYYY-MM-DD'")
            rows[cls._key(row[0].strip())] = (day, "dates-file")
            rows[str((path.parent / row[0].strip()).resolve())] = (day, "dates-file")
        return cls(rows)

    def add_sidecars(self, root: Path) -> DateMap:
        """Every 'story.date' under `root`, keyed by its path without the suffix."""
        for side in root.rglob("*" + SIDECAR_SUFFIX):
            found = sidecar_date(side)
            if found and side.is_file():
                self.rows.setdefault(
                    "~" + self._key(str(side.relative_to(root).with_suffix(""))), found
                )
        return self

    def lookup(self, name: str) -> tuple[dt.date, DateSource] | None:
        key = self._key(name)
        found = self.rows.get(key)
        if found is None and not key.startswith("~"):
            found = self.rows.get(
                "~" + key.rsplit(".", 1)[0] if "." in key.rsplit("/", 1)[-1] else "~" + key
            )
        if found is None and Path(name).exists():
            found = self.rows.get(str(Path(name).resolve()))
        return found

    def items(self) -> tuple[tuple[str, str, str], ...]:
        """Picklable form (key, ISO date, source), sorted, for batch workers and fingerprints."""
        return tuple(sorted((k, d.isoformat(), s) for k, (d, s) in self.rows.items()))

    @classmethod
    def of(cls, items: tuple[tuple[str, str, str], ...]) -> DateMap:
        return cls({k: (dt.date.fromisoformat(d), s) for k, d, s in items})


def _human(n: int) -> str:
    if n >= 1024 * 1024 and n % (1024 * 1024) == 0:
        return f"{n // (1024 * 1024)} MB ({n} bytes)"
    if n >= 1024 and n % 1024 == 0:
        return f"{n // 1024} KB ({n} bytes)"
    return f"{n} bytes"


def _decode_text(data: bytes, where: str) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"{where}: starts with a {codec.upper()} byte-order mark but is not valid "
                    f"{codec.upper()} (bad bytes at offset {exc.start + len(bom)})"
                ) from None
    head = data[:_SNIFF]
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise InputError(f"{where}: looks like binary data ({what}), not text")
    if b"\x00" in head:
        if _utf16_without_bom(head):
            raise InputError(
                f"{where}: looks like UTF-16 without a byte-order mark; save it as UTF-8 "
                "(or UTF-16 with a BOM)"
            )
        raise InputError(f"{where}: looks like binary data (NUL bytes), not text")
    if sum(head.count(bytes([b])) for b in _CONTROL) > 0.05 * len(head):
        raise InputError(f"{where}: looks like binary data (control characters), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        declared = _html_charset(head)
        if declared:
            try:
                return data.decode(declared)
            except UnicodeDecodeError as bad:
                raise InputError(
                    f"{where}: HTML declares charset {declared} but is not valid {declared} "
                    f"(bad bytes at offset {bad.start})"
                ) from None
        raise InputError(
            f"{where}: not UTF-8 text (invalid byte 0x{data[exc.start]:02X} at offset "
            f"{exc.start}); convert it to UTF-8, e.g. iconv -f {_likely_charset(head)} -t UTF-8"
        ) from None


# Legacy charsets news files come in, most specific first: a Chinese file decodes as GB18030 or
# Big5 with mostly Han characters; anything else decodes as WINDOWS-1252.
_LEGACY = (("GB18030", "gb18030"), ("BIG5", "big5"))


def _likely_charset(head: bytes) -> str:
    """The iconv name of the charset `head` most likely is in (a guess for the hint only)."""
    for name, codec in _LEGACY:
        try:
            text = head.decode(codec)
        except UnicodeDecodeError:
            # the sniffed head may end inside a multi-byte character
            try:
                text = head[:-1].decode(codec)
            except UnicodeDecodeError:
                continue
        wide = [c for c in text if ord(c) > 0x7F]
        if wide and sum("\u4e00" <= c <= "\u9fff" for c in wide) >= 0.7 * len(wide):
            return name
    return "WINDOWS-1252"


# <meta charset="gbk"> or <meta http-equiv="Content-Type" content="text/html; charset=gb2312">:
# Chinese and Indonesian news pages saved from the browser often come in their declared charset.
_META_CHARSET = re.compile(rb"<meta\b[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{2,40})", re.I)
# Declared as GB2312 or GBK, pages use the whole of GB18030 (its superset) in practice.
_CHARSET_ALIAS = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030"}


def _html_charset(head: bytes) -> str | None:
    """The charset an HTML page declares in its first bytes, when Python knows it."""
    m = _META_CHARSET.search(head)
    if not m:
        return None
    name = m.group(1).decode("ascii").lower()
    name = _CHARSET_ALIAS.get(name, name)
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    return None if codec in ("utf-8", "utf-16", "utf-32") else name


def _utf16_without_bom(head: bytes) -> bool:
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    half = max(len(head) // 2, 1)
    return max(even, odd) > 0.3 * half and min(even, odd) < 0.05 * half


def _control_ratio(text: str) -> float:
    return len(_CONTROL_TEXT.findall(text)) / max(len(text), 1)


_HTML_HINT = re.compile(
    r"<(?:html|head|body|p|div|article|section|br|h[1-6]|title|span|a\s+href|meta|script|"
    r"li|ul|table|main|header|footer|nav)\b[^>]*>",
    re.IGNORECASE,
)

_SKIP = _words(
    "script style nav header footer aside form noscript svg iframe template button select "
    "option textarea figure menu dialog canvas video audio object embed map head"
)
_BLOCK = _words(
    "p div article section main h1 h2 h3 h4 h5 h6 li ul ol blockquote pre td th tr table dt dd "
    "dl br hr title figcaption address center body html"
)
_VOID = _words("area base br col embed hr img input link meta param source track wbr")
# class/id fragments of page furniture: share bars, related links, ads, bylines and timestamps
# (a byline or a "Selasa, 06 Jun 2023 10:15 WIB" line would otherwise lead the article and be
# taken for its lead sentence), menus and copyright lines.
_FURNITURE = re.compile(
    r"(?:^|[\s_-])(?:share|sharing|social|related|recommend|comment|comments|advert|ads|"
    r"banner|breadcrumbs?|newsletter|subscribe|cookie|popup|modal|sidebar|promo|tags|"
    r"byline|author|authors|writer|reporter|date|time|timestamp|pubdate|published|"
    r"meta|credit|credits|caption|menu|navbar|topbar|footer|copyright|contentinfo|"
    r"readmore|read-more|baca-juga|bacajuga|terkait|populer|terpopuler|trending|most-read)"
    r"(?:$|[\s_-])",
    re.IGNORECASE,
)
# Site headers written as <div id="header">: furniture outside the article, the headline's box
# inside it (as for the <header> element).
_HEADER_HINT = re.compile(r"(?:^|[\s_-])(?:header|masthead|site-header)(?:$|[\s_-])", re.IGNORECASE)
# Lines that are page furniture even when they sit in the article body: "Baca juga: <link>",
# ad labels, copyright lines. A colon (or nothing after the words) is required, so that a
# sentence like "Related to the case, ..." stays.
_BOILERPLATE = re.compile(
    r"^(?:baca(?:\s+juga)?|lihat\s+juga|simak\s+juga|read\s+(?:also|more)|see\s+also|"
    r"related(?:\s+(?:stories|articles|news))?|相关阅读|延伸阅读|相关新闻|推荐阅读)\s*(?:[:：]|$)|"
    r"^(?:advertisement|iklan|scroll\s+to\s+continue(?:\s+with\s+content)?)$|"
    r"^(?:©|\(c\)\s|copyright\b|hak\s+cipta\b|版权所有)|^.{0,80}all\s+rights\s+reserved|"
    # a short stamp line: "2023-06-12 08:30:15 来源：某某网", "(责任编辑：王小明)"
    r"^(?=.{0,80}$)\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}:\d{2}|"
    r"^(?=.{0,60}$)[（(]?(?:来源|责任编辑|编辑|sumber|editor)\s*[:：]",
    re.IGNORECASE,
)
# Fewer characters than this from a page means the class-based cleaning may have eaten it.
_SHORT_ARTICLE = 200
# A block whose text is mostly link text is a menu or a list of other stories.
_LINK_DENSITY = 0.6
_TITLE_SUFFIX = re.compile(r"\s+[|\-–—:]\s+[^|\-–—:]{1,40}$")
_SPACES = re.compile(r"\s+")
_BR = "\ue000"  # a private-use character marks <br> until the block is flushed


class _ArticleParser(HTMLParser):
    """Collects text blocks, remembering which lie inside <article>/<main> and which are h1."""

    def __init__(self, *, by_class: bool = True) -> None:
        super().__init__(convert_charrefs=True)
        self.by_class = by_class
        self.stack: list[str] = []
        self.skip_depth: int | None = None  # stack depth where a skipped element opened
        self.blocks: list[tuple[str, bool, bool]] = []  # (text, inside article, is heading)
        self.buf: list[str] = []
        self.article_depth: int | None = None
        self.main_depth: int | None = None
        self.title: list[str] = []
        self.in_title = False
        self.in_pre = 0
        self.heading = False
        self.h1: list[str] = []
        self.in_link = 0
        self.link_chars = 0  # link text (non-space characters) in the current block

    # structure
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True  # read even inside the skipped <head>
            return
        if tag in _VOID:
            self.handle_startendtag(tag, attrs)
            return
        self.stack.append(tag)
        depth = len(self.stack)
        if self.skip_depth is None:
            hint = " ".join(v or "" for k, v in attrs if k in ("class", "id", "role"))
            # A <header> inside the article holds its headline; the page's own header does not.
            skipped = tag in _SKIP and not (tag == "header" and self._inside())
            furniture = (
                self.by_class
                and tag not in ("article", "main", "body", "html")
                and bool(
                    hint
                    and (
                        _FURNITURE.search(hint)
                        or "navigation" in hint.lower()
                        or (_HEADER_HINT.search(hint) and not self._inside())
                    )
                )
            )
            if skipped or furniture:
                if tag in _BLOCK or tag in _SKIP:  # an inline ad must not split its paragraph
                    self._flush()
                self.skip_depth = depth
                return
        if tag in _BLOCK:
            self._flush()
        if tag == "article" and self.article_depth is None:
            self.article_depth = depth
        if tag == "main" and self.main_depth is None:
            self.main_depth = depth
        if tag == "pre":
            self.in_pre += 1
        if tag in ("h1", "h2", "h3"):
            self.heading = tag == "h1"
        if tag == "a":
            self.in_link += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skip_depth is not None:
            return
        if tag == "br":
            self.buf.append(_BR)
        elif tag == "hr":
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
            return
        if tag in _VOID or tag not in self.stack:
            return
        while self.stack:
            open_tag = self.stack.pop()
            depth = len(self.stack) + 1
            if self.skip_depth is not None and depth <= self.skip_depth:
                self.skip_depth = None
            elif self.skip_depth is None and open_tag in _BLOCK:
                self._flush()
            if open_tag == "pre":
                self.in_pre = max(0, self.in_pre - 1)
            if open_tag == "a":
                self.in_link = max(0, self.in_link - 1)
            if self.article_depth is not None and depth <= self.article_depth:
                self._flush()
                self.article_depth = -1  # seen and closed
            if self.main_depth is not None and depth <= self.main_depth:
                self._flush()
                self.main_depth = -1
            if open_tag == tag:
                break
        if tag in ("h1", "h2", "h3"):
            self._flush()
            self.heading = False

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
            return
        if self.skip_depth is not None:
            return
        self.buf.append(data)
        if self.in_link:
            self.link_chars += len(_SPACES.sub("", data))

    # output
    def _flush(self) -> None:
        if not self.buf:
            return
        raw = "".join(self.buf)
        self.buf = []
        link_chars, self.link_chars = self.link_chars, 0
        if self.in_pre:
            raw = raw.replace(_BR, "\n")
            lines = [line.strip() for line in raw.split("\n")]
        else:
            # Source newlines are just spaces; only <br> breaks a line.
            lines = [_SPACES.sub(" ", part).strip() for part in raw.split(_BR)]
        text = "\n".join(line for line in lines if line and not _BOILERPLATE.search(line))
        if not text:
            return
        if not self.heading and link_chars > _LINK_DENSITY * len(_SPACES.sub("", text)):
            return
        self.blocks.append((text, self._inside(), self.heading))
        if self.heading:
            self.h1.append(text)

    def _inside(self) -> bool:
        return (self.article_depth or 0) > 0 or (self.main_depth or 0) > 0

    def result(self) -> str:
        self._flush()
        had_container = self.article_depth is not None or self.main_depth is not None
        chosen = [b for b in self.blocks if b[1]] if had_container else self.blocks
        if had_container and not any(not b[2] for b in chosen):
            chosen = self.blocks  # an empty <article> shell: fall back to the whole page
        paras = [text for text, _, _ in chosen]
        headline = self.h1[0] if self.h1 else None
        if headline is None:
            title = _SPACES.sub(" ", "".join(self.title)).strip()
            if title:
                trimmed = _TITLE_SUFFIX.sub("", title)
                headline = trimmed if len(trimmed) >= 15 else title
        if headline and headline not in paras:
            paras.insert(0, headline)
        elif headline and paras and paras[0] != headline:
            paras.remove(headline)
            paras.insert(0, headline)
        out: list[str] = []
        for p in paras:
            if not out or out[-1] != p:
                out.append(p)
        return "\n\n".join(out)
