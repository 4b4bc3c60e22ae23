"""Download my data (AVG/GDPR art. 15 and 20): a zip with everything this instance holds about
a person, as JSON — ActivityStreams where a type exists (the profile as `Person`, posts as
`Page`, replies as `Note`), plain JSON for the rest — with a README saying what each file is.

Sections are listed in `SECTIONS`; a part of Polder that stores something about a person adds
its own section there, so that the export stays complete.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import tempfile
import zipfile
from collections.abc import Awaitable, Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from federation import documents, event_documents
from federation.local_keys import ensure_keys
from federation.urls import Urls
from server.config import Settings
from server.files.storage import BlobStore, open_chunks
from server.models import (
    ApiToken,
    Attachment,
    Event,
    FileKind,
    Flag,
    Like,
    Membership,
    PersonFollow,
    Post,
    Reply,
    ReportNote,
    Rsvp,
    User,
)
from server.services import attachments, file_access

Section = Callable[[Settings, User], Awaitable[Any]]
log = logging.getLogger("polder.files")


def _when(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


async def _account(settings: Settings, user: User) -> dict[str, Any]:
    """What only the person and this instance see; the public profile is `profile.json`."""
    return {
        "username": user.username, "name": user.name, "organisation": user.organisation,
        "role": user.role.value, "email": user.email, "language": user.language,
        "bio": user.bio, "is_admin": user.is_admin, "created_at": _when(user.created_at),
        "email_confirmed_at": _when(user.email_confirmed_at),
    }  # fmt: skip


async def _profile(settings: Settings, user: User) -> dict[str, Any]:
    urls = Urls(settings.base_url)
    await ensure_keys(user)  # the document names the public key
    return documents.person_document(urls, user, language=settings.default_language)


async def _posts(settings: Settings, user: User) -> list[dict[str, Any]]:
    urls = Urls(settings.base_url)
    found = await Post.filter(author_id=user.id, deleted_at__isnull=True).order_by("id")
    groups = {post.group_id: await post.group for post in found}
    files = await attachments.of_posts([post.id for post in found])
    return [
        documents.page_document(urls, post, groups[post.group_id], user, files.get(post.id, []))
        for post in found
    ]


async def _replies(settings: Settings, user: User) -> list[dict[str, Any]]:
    urls = Urls(settings.base_url)
    found = (
        await Reply.filter(author_id=user.id, deleted_at__isnull=True)
        .select_related("post", "post__group", "post__author", "parent", "parent__author")
        .order_by("id")
    )
    notes = []
    for reply in found:
        answered = reply.parent.author if reply.parent is not None else reply.post.author
        post, group = reply.post, reply.post.group
        note = documents.note_document(
            urls, reply, post, group, user, answered=answered, parent=reply.parent
        )
        notes.append(note)
    return notes


async def _memberships(settings: Settings, user: User) -> list[dict[str, Any]]:
    urls = Urls(settings.base_url)
    rows = await Membership.filter(user_id=user.id).select_related("group").order_by("id")
    return [_membership(urls, row) for row in rows]


def _membership(urls: Urls, row: Membership) -> dict[str, Any]:
    # The id tells where the group lives: here, or on another instance.
    return {
        "id": documents.group_id(urls, row.group),
        "group": row.group.slug, "title": row.group.title, "role": row.role.value,
        "accepted": row.accepted, "joined_at": _when(row.joined_at),
    }  # fmt: skip


async def _follows(settings: Settings, user: User) -> dict[str, list[dict[str, Any]]]:
    following = await PersonFollow.filter(follower_id=user.id).select_related("followee")
    followers = await PersonFollow.filter(followee_id=user.id).select_related("follower")
    return {
        "following": [
            {"person": f.followee.username, "accepted": f.accepted, "since": _when(f.created_at)}
            for f in following
        ],
        "followers": [
            {"person": f.follower.username, "accepted": f.accepted, "since": _when(f.created_at)}
            for f in followers
        ],
    }


async def _likes(settings: Settings, user: User) -> list[dict[str, Any]]:
    urls = Urls(settings.base_url)
    rows = await Like.filter(actor_id=user.id).select_related("post", "reply").order_by("id")
    liked = []
    for row in rows:
        target = documents.post_id(urls, row.post) if row.post else None
        if row.reply is not None:
            target = documents.reply_id(urls, row.reply)
        liked.append({"object": target, "at": _when(row.created_at)})
    return liked


async def _tokens(settings: Settings, user: User) -> list[dict[str, Any]]:
    # Names and dates only: the tokens themselves are not stored, only their hashes.
    rows = await ApiToken.filter(user_id=user.id).order_by("id")
    return [
        {"name": t.name, "created_at": _when(t.created_at), "last_used_at": _when(t.last_used_at)}
        for t in rows
    ]


async def _meetings(settings: Settings, user: User) -> list[dict[str, Any]]:
    urls = Urls(settings.base_url)
    found = await Event.filter(organiser_id=user.id).select_related("group").order_by("id")
    return [
        event_documents.event_document(urls, e, e.group, user, await attachments.of_event(e))
        for e in found
    ]


async def _answers(settings: Settings, user: User) -> list[dict[str, Any]]:
    urls = Urls(settings.base_url)
    rows = await Rsvp.filter(user_id=user.id).select_related("event").order_by("id")
    return [_answer(urls, row) for row in rows]


def _answer(urls: Urls, row: Rsvp) -> dict[str, Any]:
    return {
        "meeting": event_documents.event_id(urls, row.event), "title": row.event.title,
        "answer": row.status.value, "waiting_list": row.waitlisted_at is not None,
        "answered_at": _when(row.updated_at),
    }  # fmt: skip


async def _flags(settings: Settings, user: User) -> list[dict[str, Any]]:
    rows = await Flag.filter(flagger_id=user.id).order_by("id")
    return [
        {
            "item": row.item_key,
            "rule": row.rule_title,
            "note": row.note,
            "state": row.state.value,
            "at": _when(row.created_at),
        }
        for row in rows
    ]


async def _notes(settings: Settings, user: User) -> list[dict[str, Any]]:
    rows = await ReportNote.filter(author_id=user.id).order_by("id")
    return [
        {
            "item": row.item_key,
            "kind": row.kind.value,
            "text": row.body,
            "at": _when(row.created_at),
        }
        for row in rows
    ]


async def _files(settings: Settings, user: User) -> list[dict[str, Any]]:
    urls = Urls(settings.base_url)
    rows = await Attachment.filter(uploader=user, blob_id__isnull=False).order_by("id")
    return [
        {
            "type": "Image" if row.kind == FileKind.IMAGE else "Document",
            "name": row.title,
            "summary": row.description,
            "mediaType": row.media_type,
            "licence": row.licence,
            "url": f"{settings.base_url}/files/{row.id}/{row.filename}",
            "context": urls.post(row.post_id) if row.post_id else None,
            "published": _when(row.created_at),
            "file": _file_path(row),
        }
        for row in rows
    ]


SECTIONS: dict[str, tuple[str, Section]] = {
    "account.json": ("Your account as this instance keeps it, e-mail address included.", _account),
    "profile.json": ("Your public profile, as ActivityStreams (Person).", _profile),
    "posts.json": ("Your posts, as ActivityStreams (Page).", _posts),
    "replies.json": ("Your replies, as ActivityStreams (Note).", _replies),
    "memberships.json": ("The groups you are a member of, with your role.", _memberships),
    "follows.json": ("The people you follow and who follow you.", _follows),
    "likes.json": ("What you liked.", _likes),
    "meetings.json": ("The meetings you organised, as ActivityStreams (Event).", _meetings),
    "rsvps.json": ("Your answers to meetings: going, maybe or not going.", _answers),
    "flags.json": ("What you reported, the rule you named and what became of it.", _flags),
    "report_notes.json": ("Your notes on reports and your appeals to moderators.", _notes),
    "api_tokens.json": ("The names and dates of your API tokens (not the tokens).", _tokens),
    "files.json": ("The files you shared (the files themselves are in files/).", _files),
}


async def write_archive(settings: Settings, user: User, target: Path) -> int:
    """Writes the zip to `target` and gives its size. It is built in a temporary file beside
    `target` and renamed into place, so that a failure never leaves half a zip under a real
    name; shared files are copied in chunks, so memory stays small whatever their size."""
    contents: dict[str, Any] = {}
    for name, (_, section) in SECTIONS.items():
        contents[name] = await section(settings, user)
    readme = "\n".join(f"{name}: {what}" for name, (what, _) in SECTIONS.items())
    store = attachments.store_for(settings)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=".export-", suffix=".zip")
    try:
        with os.fdopen(fd, "wb") as fh:
            with zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED) as zf:
                await asyncio.to_thread(_write_sections, zf, readme, contents)
                for row, key in await file_access.files_of(user):
                    await _copy_file(zf, _file_path(row), store, key)
            size = fh.tell()
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return size


def _file_path(row: Attachment) -> str:
    return f"files/{row.id}-{row.filename}"


def _write_sections(zf: zipfile.ZipFile, readme: str, contents: dict[str, Any]) -> None:
    zf.writestr("README.txt", readme + "\n")
    for name, value in contents.items():
        zf.writestr(name, json.dumps(value, ensure_ascii=False, indent=2, default=str))


async def _copy_file(zf: zipfile.ZipFile, name: str, store: BlobStore, key: str) -> None:
    try:
        pieces = await open_chunks(store, key)
    except FileNotFoundError:
        # The row outlived its bytes: the zip holds the rest, the operator hears of it.
        log.error("export: no bytes under %s in the store for %s", key, name)
        return
    with zf.open(name, "w") as entry:
        async for piece in pieces:
            await asyncio.to_thread(entry.write, piece)
