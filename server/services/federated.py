"""Groups, people and discussions of other instances: finding them, joining a group there, and
storing the posts and replies that arrive from there.

Remote rows are named `name@host` (people) and `slug@host` (groups). Joining a remote group is
a `Follow` that waits for the group's `Accept` (`Membership.accepted` False until then).
"""

from __future__ import annotations

import contextlib
import html
import re
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from tortoise.exceptions import IntegrityError
from tortoise.expressions import F

from federation import publish, remote_actors
from federation.errors import FetchError
from federation.urls import Urls
from server.config import Settings
from server.db import transaction
from server.models import Group, GroupRole, Membership, PersonFollow, Post, Reply, User
from server.services import markdown, notifications, remote_files
from server.services.clock import now
from server.services.errors import N_, Forbidden, Invalid, NotFound

MAX_QUERY = 300
MAX_TITLE = 200
# Stored HTML of one remote post or reply; more is refused, not cut (cutting breaks meaning).
MAX_HTML = 200_000
_HANDLE = re.compile(r"^[!@]?([^@\s/?#]+)@([^@\s/?#]+)$")
# How rows of other instances are named: `name@host` (host with a port in development).
REMOTE_NAME_RE = re.compile(r"^[^@\s/?#]{1,200}@[a-z0-9.-]+(?::[0-9]{1,5})?$")


def settings() -> Settings:
    """The application's settings, for services whose callers do not pass them."""
    configured = publish.configured()
    if configured is None:
        raise RuntimeError("federation.publish.configure(settings) was not called")
    return configured


# Finding ------------------------------------------------------------------------------------


async def lookup(settings: Settings, query: str) -> User | Group:
    """A group or person by handle (`!slug@host`, `@name@host`, `name@host`) or address.

    Remote ones are asked for through WebFinger or fetched, and stored as rows."""
    text = query.strip()
    if not text:
        raise Invalid(
            {"q": (N_("Type an address like !group@example.nl or @name@example.nl."), {})}
        )
    if len(text) > MAX_QUERY or "\x00" in text:
        raise Invalid({"q": (N_("This is not an address of a group or person."), {})})
    urls = Urls(settings.base_url)
    if text.startswith(("https://", "http://")):
        return await _by_url(settings, urls, text)
    match = _HANDLE.match(text)
    if match is None:
        raise Invalid({"q": (N_("This is not an address of a group or person."), {})})
    name, host = match.group(1).lower(), match.group(2).lower()
    if host == settings.domain.lower():
        return await _local(name, group_first=text.startswith("!"))
    try:
        return await remote_actors.resolve_handle(settings, f"{name}@{host}")
    except FetchError:
        raise _not_found() from None


async def _by_url(settings: Settings, urls: Urls, url: str) -> User | Group:
    if urls.is_local(url):
        segments = urlsplit(url).path.strip("/").split("/")
        if len(segments) == 2 and segments[0] in ("g", "u"):
            return await _local(segments[1].lower(), group_first=segments[0] == "g")
        raise _not_found()
    try:
        return await remote_actors.get_actor(settings, url)
    except FetchError:
        raise _not_found() from None


async def _local(name: str, *, group_first: bool) -> User | Group:
    group = await Group.get_or_none(slug=name, domain="")
    user = await User.get_or_none(username=name, domain="")
    found = (group or user) if group_first else (user or group)
    if found is None:
        raise _not_found()
    return found


def _not_found() -> NotFound:
    return NotFound(N_("Nothing was found at this address. Check how it is written."))


# Membership of remote groups ----------------------------------------------------------------


def _require_local_writer(user: User) -> None:
    """Asking another instance for something in someone's name: theirs to ask, confirmed."""
    if user.domain:
        raise Forbidden(N_("Only people of this instance can do this here."))
    if user.email_confirmed_at is None:
        raise Forbidden(N_("Please confirm your e-mail address first."))


async def join_remote_group(settings: Settings, user: User, group: Group) -> Membership:
    """Ask to join a group on another instance: a pending membership and a `Follow`."""
    if not group.domain:
        raise Invalid({"group": (N_("This group is on this instance."), {})})
    _require_local_writer(user)
    existing = await Membership.get_or_none(user_id=user.id, group_id=group.id)
    if existing is not None:
        return existing
    follow_id = Urls(settings.base_url).new_activity()
    try:
        async with publish.transaction():
            member = await Membership.create(
                user=user, group=group, role=GroupRole.MEMBER, accepted=False,
                follow_ap_id=follow_id,
            )  # fmt: skip
            await publish.followed(settings, user, group, follow_id)
    except IntegrityError:
        # A double click raced us; the first one asked already.
        return await Membership.get(user_id=user.id, group_id=group.id)
    return member


async def leave_remote_group(settings: Settings, user: User, group: Group) -> None:
    """Leave (or stop asking to join) a remote group: `Undo` of the `Follow`."""
    member = await Membership.get_or_none(user_id=user.id, group_id=group.id)
    if member is None:
        return
    async with publish.transaction():
        await member.delete()
        if member.follow_ap_id:
            await publish.unfollowed(settings, user, group, member.follow_ap_id)


# Following people of other instances --------------------------------------------------------


async def follow_person(settings: Settings, user: User, person: User) -> PersonFollow:
    """Follow a person on another instance (Mastodon, say): pending until they `Accept`."""
    if not person.domain:
        raise Invalid({"person": (N_("This person is on this instance."), {})})
    _require_local_writer(user)
    existing = await PersonFollow.get_or_none(follower_id=user.id, followee_id=person.id)
    if existing is not None:
        return existing
    follow_id = Urls(settings.base_url).new_activity()
    try:
        async with publish.transaction():
            follow = await PersonFollow.create(
                follower=user, followee=person, accepted=False, ap_id=follow_id
            )
            await publish.followed(settings, user, person, follow_id)
    except IntegrityError:
        return await PersonFollow.get(follower_id=user.id, followee_id=person.id)
    return follow


async def unfollow_person(settings: Settings, user: User, person: User) -> None:
    follow = await PersonFollow.get_or_none(follower_id=user.id, followee_id=person.id)
    if follow is None:
        return
    async with publish.transaction():
        await follow.delete()
        if follow.ap_id and person.domain:
            await publish.unfollowed(settings, user, person, follow.ap_id)


async def person_follow(user: User | None, person: User) -> PersonFollow | None:
    if user is None:
        return None
    return await PersonFollow.get_or_none(follower_id=user.id, followee_id=person.id)


# Content from other instances ---------------------------------------------------------------


@dataclass(frozen=True)
class RemoteContent:
    """A post or reply as another server describes it, already checked by the handler."""

    ap_id: str
    html: str
    source: str | None = None
    title: str | None = None
    published: datetime | None = None
    updated: datetime | None = None
    links: tuple[str, ...] = ()
    files: tuple[remote_files.RemoteFile, ...] = ()


def _clamped(moment: datetime | None) -> datetime:
    current = now()
    return current if moment is None or moment > current else moment


def _body(content: RemoteContent, *, files_as_links: bool = False) -> tuple[str, str]:
    """(Markdown or plain text, sanitised HTML); linked attachments are listed below, and a
    reply's files too (only posts keep a list of files)."""
    if len(content.html) > MAX_HTML or len(content.source or "") > MAX_HTML:
        raise Invalid({"body": (N_("This is too long."), {})})
    links = content.links + (tuple(f.url for f in content.files) if files_as_links else ())
    extra = "".join(
        f'<p><a href="{html.escape(link, quote=True)}">{html.escape(link)}</a></p>'
        for link in links
    )
    body_html = markdown.sanitise_html(content.html + extra)
    return (content.source if content.source is not None else _plain_text(body_html)), body_html


def _plain_text(body_html: str) -> str:
    """Readable text of sanitised HTML: paragraphs and line breaks kept, tags dropped."""
    text = re.sub(r"<br\s*/?>", "\n", body_html)
    text = re.sub(r"</(?:p|li|h[1-6]|blockquote|pre|tr)>", "\n\n", text)
    text = html.unescape(re.sub(r"<[^>]*>", "", text))
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def title_of(content: RemoteContent, text: str) -> str:
    """A post's title: its `name`, or (a Mastodon toot made into a post) its first words."""
    title = " ".join((content.title or "").split())
    if not title:
        first = next((line.strip() for line in text.splitlines() if line.strip()), "")
        title = first if len(first) <= 80 else first[:79].rstrip() + "…"
    return title[:MAX_TITLE] or "…"


async def store_post(
    group: Group, author: User, content: RemoteContent, *, looked_up: bool = False
) -> tuple[Post, bool]:
    """Store a remote post once; (the post, whether it is new). `looked_up`: the caller has
    just looked for it by id and found none, so the look-up is not repeated (a copy stored in
    between still ends in the unique index)."""
    if not looked_up:
        existing = await Post.get_or_none(ap_id=content.ap_id)
        if existing is not None:
            return existing, False
    text, body_html = _body(content)
    try:
        # One INSERT is atomic by itself; a transaction (two more round trips) only when the
        # post's files are written with it.
        async with transaction() if content.files else contextlib.nullcontext():
            post = await Post.create(
                group=group, author=author, title=title_of(content, text), body=text,
                body_html=body_html, created_at=_clamped(content.published), ap_id=content.ap_id,
            )  # fmt: skip
            await remote_files.record(post, content.files)
    except IntegrityError:
        return await Post.get(ap_id=content.ap_id), False
    return post, True


async def store_reply(
    post: Post,
    parent: Reply | None,
    author: User,
    content: RemoteContent,
    *,
    looked_up: bool = False,
) -> tuple[Reply, bool]:
    """Store a remote reply once, counting it on its post; (the reply, whether it is new).
    `looked_up` as for `store_post`."""
    if not looked_up:
        existing = await Reply.get_or_none(ap_id=content.ap_id)
        if existing is not None:
            return existing, False
    text, body_html = _body(content, files_as_links=True)
    try:
        async with transaction():
            reply = await Reply.create(
                post=post, parent=parent, author=author, body=text, body_html=body_html,
                created_at=_clamped(content.published), ap_id=content.ap_id,
            )  # fmt: skip
            await Post.filter(id=post.id).update(reply_count=F("reply_count") + 1)
            configured = publish.configured()
            if configured is not None:
                await notifications.reply_created(configured, reply)
    except IntegrityError:
        return await Reply.get(ap_id=content.ap_id), False
    return reply, True


async def update_post(post: Post, content: RemoteContent) -> Post:
    if post.deleted_at is not None:
        raise Forbidden(N_("This was deleted and cannot be changed."))
    text, body_html = _body(content)
    post.title, post.body, post.body_html = title_of(content, text), text, body_html
    post.edited_at = _clamped(content.updated)
    async with transaction():
        await post.save(update_fields=["title", "body", "body_html", "edited_at"])
        await remote_files.replace(post, content.files)
    return post


async def update_reply(reply: Reply, content: RemoteContent) -> Reply:
    if reply.deleted_at is not None:
        raise Forbidden(N_("This was deleted and cannot be changed."))
    text, body_html = _body(content, files_as_links=True)
    reply.body, reply.body_html, reply.edited_at = text, body_html, _clamped(content.updated)
    await reply.save(update_fields=["body", "body_html", "edited_at"])
    return reply


async def follows_group(group: Group) -> bool:
    """Whether someone here is a member of this remote group (so its news is wanted)."""
    return await Membership.filter(group_id=group.id, user__domain="").exists()
