"""The digest as one self-contained HTML page: inline CSS, no script, no network.

Jinja2 with autoescaping on for every value: article text is untrusted, so a name, title or
sentence holding markup shows as text.
"""

from __future__ import annotations

from functools import lru_cache

from .model import Digest
from .pauses import no_gc_pauses
from .text import headline
from .views import lang_name, place_label, views


@lru_cache(maxsize=1)
def _env():
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

    env = Environment(
        loader=PackageLoader("newsbrief.digest", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env


def to_html(d: Digest) -> str:
    with no_gc_pauses():
        return _html(d)


def _html(d: Digest) -> str:
    lang = d.target_lang
    v = views(d)
    html_lang = {"zh": "zh-Hans", "id": "id", "en": "en"}[lang]
    template = _env().get_template("digest.html.j2")
    return template.render(
        d=d,
        v=v,
        lab=v.labels,
        lang=lang,
        html_lang=html_lang,
        headline=lambda e: headline(e, v.labels, lang),
        place_label=lambda p: place_label(p, lang),
        lang_name=lambda c: lang_name(c, lang),
        # events are numbered in page order; the indexes link to them by that number
        num={e.id: i for i, e in enumerate(d.events, 1)},
    )
