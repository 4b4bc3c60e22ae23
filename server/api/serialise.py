"""Turning models and feed rows into the API's JSON shapes (see schemas.RESPONSE_SCHEMAS)."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from server import i18n
from server.api.common import iso
from server.files import licences
from server.models import Attachment, Group, Membership, Post, Reply, Rule, User

JSON = dict[str, Any]


def author(user: User) -> JSON:
    return {
        "username": user.username,
        "name": user.name,
        "organisation": user.organisation,
        "role": user.role,
    }


def post(item: Post, group_slug: str, base_url: str, files: list[Attachment]) -> JSON:
    """`item.author` must be loaded (select_related or set on create)."""
    return withhold_hidden(
        {
            "id": item.id,
            "url": f"{base_url}/p/{item.id}",
            "group": group_slug,
            "title": item.title,
            "body": item.body,
            "body_html": item.body_html,
            "author": author(item.author),
            "created_at": iso(item.created_at),
            "edited_at": iso(item.edited_at),
            "reply_count": item.reply_count,
            "deleted": item.deleted_at is not None,
            **_moderation(item.hidden_at, item.removed_at),
            "attachments": [attachment(file, base_url) for file in files],
        }
    )


def feed_item(row: JSON, group_slug: str, base_url: str, files: list[Attachment]) -> JSON:
    """A row of `posts.feed_with_source`: plain values, no query of its own. The feed leaves
    deleted posts out, so `deleted` is always false here."""
    return withhold_hidden(
        {
            "id": row["id"],
            "url": f"{base_url}/p/{row['id']}",
            "group": group_slug,
            "title": row["title"],
            "body": row["body"],
            "body_html": row["body_html"],
            "author": _row_author(row),
            "created_at": iso(row["created_at"]),
            "edited_at": iso(row["edited_at"]),
            "reply_count": row["reply_count"],
            "deleted": False,
            **_moderation(row["hidden_at"], None),
            "attachments": [attachment(file, base_url) for file in files],
        }
    )


def reply(item: Reply) -> JSON:
    return withhold_hidden(
        {
            "id": item.id,
            "post_id": item.post_id,
            "parent_id": item.parent_id,
            "body": item.body,
            "body_html": item.body_html,
            "author": author(item.author),
            "created_at": iso(item.created_at),
            "edited_at": iso(item.edited_at),
            "deleted": item.deleted_at is not None,
            **_moderation(item.hidden_at, item.removed_at),
        }
    )


def _row_author(row: JSON) -> JSON:
    """The author of a feed or thread row, from the joined columns the query selected."""
    return {
        "username": row["author__username"],
        "name": row["author__name"],
        "organisation": row["author__organisation"],
        "role": row["author__role"],
    }


def _moderation(hidden_at: Any, removed_at: Any) -> JSON:
    return {
        "hidden": hidden_at is not None and removed_at is None,
        "removed": removed_at is not None,
    }


def withhold_hidden(data: JSON) -> JSON:
    """A hidden item's words are withheld until a moderator decides (as on the web page)."""
    if data.get("hidden"):
        data.update(body="", body_html="")
        if "title" in data:
            data["title"] = ""
        if "attachments" in data:
            data["attachments"] = []
    return data


def attachment(item: Attachment, base_url: str) -> JSON:
    """A shared file. A file of another instance's post keeps only its address there."""
    local = item.blob_id is not None
    label, licence_url = licences.LICENCES.get(item.licence, ("", ""))
    if not licence_url and item.licence.startswith(("https://", "http://")):
        licence_url = item.licence
    url = f"{base_url}/files/{item.id}/{quote(item.filename)}" if local else item.remote_url
    thumbnail = f"{base_url}/files/{item.id}/thumbnail.webp" if item.thumbnail_id else None
    return {
        "id": item.id,
        "title": item.title or item.filename,
        "description": item.description,
        "filename": item.filename,
        "kind": item.kind.value,
        "media_type": item.media_type,
        "size": item.size or None,
        # A key of the licence list for files shared here; what the other instance said else.
        "licence": item.licence or None,
        "licence_name": i18n.gettext(label) if label else None,
        "licence_url": licence_url or None,
        "url": url,
        "thumbnail_url": thumbnail,
        "width": item.width,
        "height": item.height,
        "remote": not local,
        "preview": _preview(item.preview),
    }


# What a client can use of a preview without the page's table rows or map drawing.
_PREVIEW_KEYS = {
    "csv": ("delimiter", "encoding", "headers", "total_rows", "columns"),
    "geojson": ("total_features", "columns"),
    "pdf": ("pages", "title", "encrypted"),
}


def _preview(preview: JSON | None) -> JSON | None:
    if not preview or preview.get("type") not in _PREVIEW_KEYS:
        return None
    kind = preview["type"]
    if preview.get("error"):
        return {"type": kind, "error": i18n.gettext(preview["error"])}
    return {"type": kind, **{key: preview.get(key) for key in _PREVIEW_KEYS[kind]}}


def thread_item(row: JSON, post_id: int) -> JSON:
    return withhold_hidden(
        {
            "id": row["id"],
            "post_id": post_id,
            "parent_id": row["parent_id"],
            "body": row["body"],
            "body_html": row["body_html"],
            "author": _row_author(row),
            "created_at": iso(row["created_at"]),
            "edited_at": iso(row["edited_at"]),
            "deleted": row["deleted_at"] is not None,
            **_moderation(row["hidden_at"], row["removed_at"]),
        }
    )


def group(item: Group, member_count: int, base_url: str) -> JSON:
    return {
        "slug": item.slug,
        "url": f"{base_url}/g/{item.slug}",
        "title": item.title,
        "area": item.area,
        "topic": item.topic,
        "description": item.description,
        "member_count": member_count,
        "created_at": iso(item.created_at),
    }


def rule(item: Rule) -> JSON:
    # The id is what a report cites (POST …/flags {"rule_id"}).
    return {"id": item.id, "position": item.position, "title": item.title, "body": item.body}


def member(item: Membership) -> JSON:
    return {
        "username": item.user.username,
        "name": item.user.name,
        "organisation": item.user.organisation,
        "role": item.user.role,
        "group_role": item.role,
        "joined_at": iso(item.joined_at),
    }


def membership(item: Membership, group_slug: str, username: str) -> JSON:
    return {
        "group": group_slug,
        "username": username,
        "role": item.role,
        "joined_at": iso(item.joined_at),
        # False while a join of a group on another instance waits for its answer.
        "accepted": item.accepted,
    }


def profile(user: User, memberships: list[Membership], base_url: str) -> JSON:
    """What anyone may see of a person: real name and organisation are public by design."""
    return {
        "username": user.username,
        "url": f"{base_url}/u/{user.username}",
        "name": user.name,
        "organisation": user.organisation,
        "private_person": not user.organisation,
        "role": user.role,
        "bio": user.bio,
        "created_at": iso(user.created_at),
        "groups": [
            {"slug": m.group.slug, "title": m.group.title, "role": m.role} for m in memberships
        ],
    }


def me(user: User, memberships: list[Membership], base_url: str) -> JSON:
    return {
        **profile(user, memberships, base_url),
        "email": user.email,
        "email_confirmed": user.email_confirmed_at is not None,
        "is_admin": user.is_admin,
        "language": user.language,
    }
