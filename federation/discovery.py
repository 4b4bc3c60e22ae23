"""How other servers find this instance's actors: WebFinger, NodeInfo 2.1 and host-meta.

WebFinger answers for local people and groups only. Lemmy finds communities as `acct:slug@host`
too, so a name may be both a person and a group: the person comes first (Mastodon takes the
first `self` link), and the group's `self` link follows, marked with its type as Lemmy marks
them, so that Lemmy and PieFed still find the group.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from urllib.parse import unquote, urlsplit
from xml.sax.saxutils import quoteattr

from tortoise.expressions import Q, Subquery

import server
from federation import documents
from federation.urls import Urls
from server.config import Settings
from server.models import Group, Post, Reply, User
from server.services import instance as instance_service
from server.services.clock import now
from server.services.errors import N_, NotFound

JRD = "application/jrd+json"
NODEINFO_SCHEMA = "http://nodeinfo.diaspora.software/ns/schema/2.1"
NODEINFO_TYPE = f'application/json; profile="{NODEINFO_SCHEMA}#"'
PROFILE_PAGE = "http://webfinger.net/rel/profile-page"
AS_TYPE = "https://www.w3.org/ns/activitystreams#type"


class BadResource(ValueError):
    """The WebFinger `resource` is missing or not an `acct:` URI or http(s) URL (answer 400)."""


# WebFinger ----------------------------------------------------------------------------------


def _parse_resource(settings: Settings, resource: str) -> tuple[str, str]:
    """(kind, name): kind "acct" for `acct:name@host`, "u"/"g"/"actor" for our actor URLs."""
    resource = unquote(resource.strip())
    if not resource:
        raise BadResource("resource is missing")
    if resource.lower().startswith(("http://", "https://")):
        return _parse_url(settings, resource)
    if resource.lower().startswith("acct:"):
        resource = resource[5:]
    name, sep, host = resource.lstrip("@").rpartition("@")
    if not sep or not name or not host or any(c in resource for c in " /?#"):
        raise BadResource("resource must be acct:name@host or an actor URL")
    if host.lower() != settings.domain.lower():
        raise NotFound(N_("This server only answers for its own people and groups."))
    return "acct", name.lower()


def _parse_url(settings: Settings, resource: str) -> tuple[str, str]:
    parts = urlsplit(resource)
    if parts.netloc.lower() != settings.domain.lower():
        raise NotFound(N_("This server only answers for its own people and groups."))
    segments = parts.path.strip("/").split("/")
    if segments == ["actor"]:
        return "actor", ""
    if len(segments) == 2 and segments[0] in ("u", "g") and segments[1]:
        return segments[0], segments[1].lower()
    raise NotFound(N_("This page does not exist."))


def _link(href: str, actor_type: str) -> dict[str, Any]:
    return {
        "rel": "self",
        "type": documents.ACTIVITY_JSON,
        "href": href,
        "properties": {AS_TYPE: actor_type},
    }


async def webfinger(settings: Settings, resource: str) -> dict[str, Any]:
    """The JRD for `resource`; raises `BadResource` (400) or `NotFound` (404)."""
    kind, name = _parse_resource(settings, resource)
    urls = Urls(settings.base_url)
    if kind == "actor" or (kind == "acct" and name == settings.domain.lower()):
        actor = urls.instance_actor()
        return {
            "subject": f"acct:{settings.domain}@{settings.domain}",
            "aliases": [actor],
            "links": [_link(actor, "Application")],
        }
    user = (
        await User.get_or_none(username=name, domain="", deleted_at__isnull=True)
        if kind in ("acct", "u")
        else None
    )
    group = await Group.get_or_none(slug=name, domain="") if kind in ("acct", "g") else None
    if user is None and group is None:
        raise NotFound(N_("Nobody with this name is on this server."))
    found = [(urls.person(user.username), "Person")] if user else []
    if group is not None:
        found.append((urls.group(group.slug), "Group"))
    aliases = [href for href, _ in found]
    links = [_link(href, actor_type) for href, actor_type in found]
    # The profile page belongs to whoever is named first.
    links.insert(1, {"rel": PROFILE_PAGE, "type": "text/html", "href": aliases[0]})
    return {"subject": f"acct:{name}@{settings.domain}", "aliases": aliases, "links": links}


# host-meta ----------------------------------------------------------------------------------


def _lrdd_template(settings: Settings) -> str:
    return f"{settings.base_url}/.well-known/webfinger?resource={{uri}}"


def host_meta_xml(settings: Settings) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<XRD xmlns="http://docs.oasis-open.org/ns/xri/xrd-1.0">\n'
        f'  <Link rel="lrdd" template={quoteattr(_lrdd_template(settings))}/>\n'
        "</XRD>\n"
    )


def host_meta_json(settings: Settings) -> dict[str, Any]:
    return {"links": [{"rel": "lrdd", "template": _lrdd_template(settings)}]}


# NodeInfo -----------------------------------------------------------------------------------


def nodeinfo_links(settings: Settings) -> dict[str, Any]:
    return {"links": [{"rel": NODEINFO_SCHEMA, "href": f"{settings.base_url}/nodeinfo/2.1"}]}


async def _active_people(days: int) -> int:
    """Local people who registered, posted or replied in the last `days` days.

    Kept simple on purpose: we do not record logins, and writing is what other instances see.
    """
    since = now() - timedelta(days=days)
    wrote_post = Subquery(Post.filter(created_at__gte=since).values("author_id"))
    wrote_reply = Subquery(Reply.filter(created_at__gte=since).values("author_id"))
    return (
        await User.filter(domain="")
        .filter(Q(created_at__gte=since) | Q(id__in=wrote_post) | Q(id__in=wrote_reply))
        .count()
    )


async def nodeinfo(settings: Settings) -> dict[str, Any]:
    """NodeInfo 2.1: software, protocols and usage counted over local people and writing."""
    instance = await instance_service.get_instance()
    local_posts = Post.filter(author__domain="", ap_id=None, deleted_at__isnull=True)
    local_replies = Reply.filter(author__domain="", ap_id=None, deleted_at__isnull=True)
    return {
        "version": "2.1",
        "software": {"name": "polder", "version": server.__version__},
        "protocols": ["activitypub"],
        "services": {"inbound": [], "outbound": []},
        "openRegistrations": bool(instance and instance.open_registration),
        "usage": {
            "users": {
                "total": await User.filter(domain="", deleted_at__isnull=True).count(),
                "activeMonth": await _active_people(30),
                "activeHalfyear": await _active_people(180),
            },
            "localPosts": await local_posts.count(),
            "localComments": await local_replies.count(),
        },
        "metadata": {
            "nodeName": instance.name if instance else settings.domain,
            "nodeDescription": instance.description if instance else "",
            "region": instance.region if instance else "",
        },
    }
