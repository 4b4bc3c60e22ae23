"""E-mail for people who do not check the website: a reply to my post, a new meeting in my
group, my post hidden or restored, and a weekly digest per group. Every kind is opt-in, in the
person's language, plain text with a simple HTML part, and every mail carries a one-click
unsubscribe link for its kind (RFC 8058 `List-Unsubscribe-Post`).

Mails are queued (`mail_queue`) inside the caller's transaction, so a mail goes out exactly
when what it tells about was stored.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from babel.dates import format_datetime
from itsdangerous import BadSignature, URLSafeSerializer

from server.config import Settings
from server.db import transaction
from server.i18n import gettext
from server.models import Event, Group, Membership, Post, Reply, User
from server.services import mail_queue
from server.services.clock import now
from server.services.errors import N_, NotFound

# kind → the person's setting that switches it on
KINDS = {
    "replies": "notify_replies",
    "meetings": "notify_meetings",
    "moderation": "notify_moderation",
    "digest": "weekly_digest",
}
DIGEST_EVERY = timedelta(days=7)
AMSTERDAM = ZoneInfo("Europe/Amsterdam")
DIGEST_ITEMS = 10
BAD_UNSUBSCRIBE = N_("This link does not work. Change your e-mail settings instead.")


@dataclass(frozen=True)
class Letter:
    subject: str
    paragraphs: list[str]
    link_text: str = ""
    link: str = ""
    items: list[tuple[str, str]] = field(default_factory=list)  # (text, address)


def _signer(settings: Settings) -> URLSafeSerializer:
    return URLSafeSerializer(settings.secret_key, salt="unsubscribe")


def unsubscribe_link(settings: Settings, user: User, kind: str) -> str:
    token = _signer(settings).dumps({"u": user.id, "k": kind})
    return f"{settings.base_url}/unsubscribe/{token}"


async def unsubscribe(settings: Settings, token: str) -> str:
    """Switch one kind off for the person the token names; the kind. Works without logging
    in, as one click from a mail must; the signed token is the proof."""
    try:
        data = _signer(settings).loads(token)
        user_id, kind = int(data["u"]), str(data["k"])
    except (BadSignature, KeyError, TypeError, ValueError):
        raise NotFound(BAD_UNSUBSCRIBE) from None
    if kind not in KINDS:
        raise NotFound(BAD_UNSUBSCRIBE)
    await User.filter(id=user_id, domain="").update(**{KINDS[kind]: False})
    return kind


async def set_preferences(user: User, chosen: set[str]) -> User:
    for kind, column in KINDS.items():
        setattr(user, column, kind in chosen)
    await user.save(update_fields=list(KINDS.values()))
    return user


def _wants(user: User, kind: str) -> bool:
    return (
        not user.domain
        and user.deleted_at is None
        and user.email is not None
        and user.email_confirmed_at is not None
        and bool(getattr(user, KINDS[kind]))
    )


def render(letter: Letter, name: str, language: str, unsubscribe: str | None) -> tuple[str, str]:
    """(plain text, HTML) of a letter; the HTML is the same words, escaped, no images. A mail
    the person asked for themselves (their data is ready) has no `unsubscribe` link."""
    greeting = gettext("Hello %(name)s,", language) % {"name": name}
    lines = [greeting, "", *[p + "\n" for p in letter.paragraphs]]
    lines += [f"- {text}\n  {address}" for text, address in letter.items]
    if letter.link:
        lines += ["", f"{letter.link_text}: {letter.link}"]
    if unsubscribe is not None:
        stop = gettext("Stop these e-mails: %(link)s", language) % {"link": unsubscribe}
        lines += ["", "--", stop]
    esc = html.escape
    parts = [f"<p>{esc(greeting)}</p>", *[f"<p>{esc(p)}</p>" for p in letter.paragraphs]]
    if letter.items:
        entries = "".join(f'<li><a href="{esc(a)}">{esc(t)}</a></li>' for t, a in letter.items)
        parts.append(f"<ul>{entries}</ul>")
    if letter.link:
        parts.append(f'<p><a href="{esc(letter.link)}">{esc(letter.link_text)}</a></p>')
    if unsubscribe is not None:
        stop_text = esc(gettext("Stop these e-mails", language))
        parts.append(f'<hr><p><small><a href="{esc(unsubscribe)}">{stop_text}</a></small></p>')
    body = "\n".join(parts)
    page = f'<!doctype html><html lang="{language}"><body>{body}</body></html>'
    return "\n".join(lines), page


async def send(settings: Settings, user: User, kind: str, letter: Letter) -> None:
    """Queue `letter` for `user` when they asked for this kind (call inside the transaction)."""
    if not _wants(user, kind) or user.email is None:
        return
    language = user.language or settings.default_language
    unsubscribe_url = unsubscribe_link(settings, user, kind)
    text, page = render(letter, user.name, language, unsubscribe_url)
    headers = {
        "List-Unsubscribe": f"<{unsubscribe_url}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Auto-Submitted": "auto-generated",
    }
    await mail_queue.enqueue(user.email, letter.subject, text, page, headers)


async def send_requested(settings: Settings, user: User, letter: Letter) -> bool:
    """Queue a mail about something the person asked for (not one of the opt-in kinds): only
    to a confirmed address of a local person. Call inside the transaction; True when queued."""
    if user.domain or user.deleted_at is not None or user.email_confirmed_at is None:
        return False
    if user.email is None:
        return False
    language = user.language or settings.default_language
    text, page = render(letter, user.name, language, None)
    headers = {"Auto-Submitted": "auto-generated"}
    await mail_queue.enqueue(user.email, letter.subject, text, page, headers)
    return True


# The kinds ----------------------------------------------------------------------------------


async def reply_created(settings: Settings, reply: Reply) -> None:
    post = await Post.get(id=reply.post_id)
    author = await User.get(id=post.author_id)
    replier = await User.get(id=reply.author_id)
    if author.id == replier.id:
        return
    language = author.language or settings.default_language
    letter = Letter(
        subject=gettext("%(name)s replied to your post", language) % {"name": replier.name},
        paragraphs=[
            gettext("%(name)s replied to your post “%(title)s”:", language)
            % {"name": replier.name, "title": post.title},
            _excerpt(reply.body),
        ],
        link_text=gettext("Read the reply", language),
        link=f"{settings.base_url}/c/{reply.id}",
    )
    await send(settings, author, "replies", letter)


async def meeting_announced(settings: Settings, event: Event) -> None:
    """A new meeting in a group: to its members here who asked, the organiser aside."""
    group = await Group.get(id=event.group_id)
    members = await User.filter(
        memberships__group_id=group.id, memberships__accepted=True, notify_meetings=True
    ).exclude(id=event.organiser_id)
    for member in members:
        language = member.language or settings.default_language
        when = format_datetime(
            event.starts_at.astimezone(AMSTERDAM), format="full", locale=language
        )
        letter = Letter(
            subject=gettext("New meeting in %(group)s", language) % {"group": group.title},
            paragraphs=[
                gettext("“%(title)s” on %(when)s.", language)
                % {"title": event.title, "when": when},
                _excerpt(event.description),
            ],
            link_text=gettext("Say whether you come", language),
            link=f"{settings.base_url}/e/{event.id}",
        )
        await send(settings, member, "meetings", letter)


async def moderation_decided(
    settings: Settings, author: User, title: str, hidden: bool, path: str
) -> None:
    """The author's own post or reply was hidden after reports, or restored by a moderator."""
    language = author.language or settings.default_language
    if hidden:
        subject = gettext("Your post is hidden after reports", language)
        text = gettext(
            "Members reported “%(title)s”. It is hidden until a moderator looks at it. "
            "You can see why and write to the moderators.", language
        )  # fmt: skip
    else:
        subject = gettext("Your post is visible again", language)
        text = gettext("A moderator looked at “%(title)s” and made it visible again.", language)
    letter = Letter(subject=subject, paragraphs=[text % {"title": title}],
                    link_text=gettext("See your post", language),
                    link=f"{settings.base_url}{path}")  # fmt: skip
    await send(settings, author, "moderation", letter)


def _excerpt(text: str, limit: int = 300) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


# Weekly digest ------------------------------------------------------------------------------


async def send_due_digests(settings: Settings, moment: datetime | None = None) -> int:
    """Queue the weekly digest of everyone whose week is over; the number queued. Each person
    is claimed with a conditional update, so two workers never send the same digest."""
    current = moment or now()
    due_before = current - DIGEST_EVERY
    queued = 0
    for person in await _digest_people(due_before):
        previous = person.digest_sent_at
        same = {"digest_sent_at": previous} if previous else {"digest_sent_at__isnull": True}
        # The claim and the mail commit together: a crash in between sends next hour instead.
        async with transaction():
            claimed = await User.filter(id=person.id, **same).update(digest_sent_at=current)
            if claimed and await _digest(settings, person, previous or due_before):
                queued += 1
    return queued


async def _digest_people(due_before: datetime) -> list[User]:
    base = User.filter(
        weekly_digest=True, domain="", deleted_at__isnull=True, email_confirmed_at__isnull=False
    )
    never = await base.filter(digest_sent_at__isnull=True)
    late = await base.filter(digest_sent_at__lt=due_before)
    return [*never, *late]


async def _digest(settings: Settings, person: User, since: datetime) -> bool:
    language = person.language or settings.default_language
    groups = await Membership.filter(user_id=person.id, accepted=True).values_list(
        "group_id", flat=True
    )
    items: list[tuple[str, str]] = []
    for group_id in groups:
        group = await Group.get(id=group_id)
        recent = (
            await Post.filter(group_id=group_id, created_at__gte=since, deleted_at__isnull=True)
            .order_by("-created_at")
            .limit(DIGEST_ITEMS)
        )
        items += [(f"{group.title}: {p.title}", f"{settings.base_url}/p/{p.id}") for p in recent]
    if not items:
        return False
    letter = Letter(
        subject=gettext("This week in your area groups", language),
        paragraphs=[gettext("New posts in your groups this week:", language)],
        items=items,
        link_text=gettext("Go to your groups", language),
        link=f"{settings.base_url}/groups",
    )
    await send(settings, person, "digest", letter)
    return True
