"""Markdown to safe HTML: rendered once on write, sanitised with nh3.

Two deliberate departures from plain Markdown: images become links (an image from another
server would tell that server who reads the page, and when), and headings start at level 3
(the page around a post already has its h1 and h2).
"""

from __future__ import annotations

import html as html_lib
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import nh3
from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

HEADING_SHIFT = 2


def _shift_headings(state: StateCore) -> None:
    for token in state.tokens:
        if token.type in ("heading_open", "heading_close"):
            token.tag = f"h{min(int(token.tag[1]) + HEADING_SHIFT, 6)}"


def _image_as_link(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    token = tokens[idx]
    src = html_lib.escape(str(token.attrGet("src") or ""), quote=True)
    alt = html_lib.escape(token.content or src)
    return f'<a href="{src}">{alt}</a>'


_md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).enable(
    ["table", "strikethrough"]
)
_md.core.ruler.push("shift_headings", _shift_headings)
_md.add_render_rule("image", _image_as_link)

_TAGS = {
    "a", "p", "br", "hr", "strong", "em", "del", "code", "pre", "blockquote",
    "ul", "ol", "li", "h3", "h4", "h5", "h6",
    "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
_ATTRIBUTES = {
    "a": {"href", "title"},
    "ol": {"start"},
}


def render(source: str) -> str:
    html = _md.render(source)
    return nh3.clean(
        html,
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="nofollow ugc noopener",
    )


@lru_cache(maxsize=512)
def render_cached(source: str) -> str:
    """For text shown on every view but stored only as source (group and instance
    descriptions): rendered once per process, not once per request."""
    return render(source)


def sanitise_html(html: str) -> str:
    """HTML from another server (a post, a reply), cleaned with the same allow-list as ours."""
    return nh3.clean(
        html,
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="nofollow ugc noopener",
    )
