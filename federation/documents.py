"""ActivityStreams documents of this instance's own people, groups, posts and replies.

Pure functions from model rows (and `Urls`) to JSON-ready dicts, written the way Lemmy and
Mastodon write theirs (their payloads in the shared fixtures are the reference): posts are
`Page`s with a `name`, replies `Note`s, both addressed to the group and Public with `audience`
naming the group (FEP-1b12). The outbox reuses the activity builders at the bottom to wrap the
same objects in `Create`, `Update`, `Delete` and the group's `Announce`.

Rows must come with what they point at loaded (a post's group and author); keys must already
exist (`federation.local_keys.ensure_keys`). Nothing here touches the database.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from federation import vocab
from federation.urls import Urls
from server import i18n
from server.files import licences
from server.labels import role_label, topic_label
from server.models import Attachment, FileKind, Group, InstanceSettings, Post, Reply, User
from server.services import markdown

PUBLIC = vocab.PUBLIC
ACTIVITY_JSON = "application/activity+json"

# The same msgids as the web's labels (`server.web.templating`), which this layer may not
# import; the catalogues translate them once for both.
# Mastodon's profile flag; not in the shared vocabulary context, so named here.
_PERSON_CONTEXT: list[Any] = [
    *vocab.CONTEXT[:-1],
    {**vocab.CONTEXT[-1], "discoverable": "toot:discoverable"},
]


# Ids: local rows have their page address, remote rows the id their server gave them. ---------


def person_id(urls: Urls, user: User) -> str:
    return user.ap_id if user.domain and user.ap_id else urls.person(user.username)


def group_id(urls: Urls, group: Group) -> str:
    return group.ap_id if group.domain and group.ap_id else urls.group(group.slug)


def post_id(urls: Urls, post: Post) -> str:
    return post.ap_id or urls.post(post.id)


def reply_id(urls: Urls, reply: Reply) -> str:
    return reply.ap_id or urls.reply(reply.id)


def handle(urls: Urls, user: User) -> str:
    """`@name@host`, as Mastodon and Lemmy write mentions."""
    if user.domain:
        return "@" + user.username
    return f"@{user.username}@{urlsplit(urls.base).netloc}"


# Actors -------------------------------------------------------------------------------------


def _public_key(urls: Urls, actor: str, pem: str | None) -> vocab.PublicKey:
    if not pem:
        raise ValueError(f"{actor} has no key pair yet: call local_keys.ensure_keys first")
    return vocab.PublicKey(id=urls.key_id(actor), owner=actor, pem=pem)


def _plain_text_html(text: str) -> str:
    """A bio is plain text: escape it, blank lines make paragraphs, newlines breaks."""
    paragraphs = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    return "".join(
        "<p>" + "<br>".join(html.escape(line) for line in p.split("\n")) + "</p>"
        for p in paragraphs
    )


def person_document(urls: Urls, user: User, *, language: str) -> dict[str, Any]:
    """A local person as Mastodon shows one: real name, organisation and role as profile
    fields (`PropertyValue`), in the instance's language."""
    actor = urls.person(user.username)
    organisation = user.organisation or i18n.gettext("Private person", language)
    role = role_label(user.role, language)
    person = vocab.Actor(
        type="Person",
        id=actor,
        preferred_username=user.username,
        name=user.name,
        summary=_plain_text_html(user.bio),
        url=actor,
        inbox=urls.inbox(actor),
        outbox=urls.outbox(actor),
        followers=urls.followers(actor),
        shared_inbox=urls.shared_inbox(),
        public_key=_public_key(urls, actor, user.public_key_pem),
        fields=(
            vocab.PropertyValue(name=i18n.gettext("Organisation", language), value=organisation),
            vocab.PropertyValue(name=i18n.gettext("Takes part as", language), value=role),
        ),
        published=user.created_at,
    )
    # Real names and organisations are public by design, so profiles may be found.
    return {**vocab.to_json(person), "@context": _PERSON_CONTEXT, "discoverable": True}


def group_document(urls: Urls, group: Group, *, language: str) -> dict[str, Any]:
    """A local area group as a FEP-1b12 `Group`, shaped like Lemmy's community."""
    actor = urls.group(group.slug)
    document = vocab.to_json(
        vocab.Actor(
            type="Group",
            id=actor,
            preferred_username=group.slug,
            name=group.title,
            summary=markdown.render(group.description),
            url=actor,
            inbox=urls.inbox(actor),
            outbox=urls.outbox(actor),
            followers=urls.followers(actor),
            shared_inbox=urls.shared_inbox(),
            featured=urls.group_featured(group.slug),
            moderators=urls.group_moderators(group.slug),
            moderation_log=urls.group_modlog(group.slug),
            public_key=_public_key(urls, actor, group.public_key_pem),
            fields=(
                vocab.PropertyValue(name=i18n.gettext("Area", language), value=group.area),
                vocab.PropertyValue(
                    name=i18n.gettext("Topic", language),
                    value=topic_label(group.topic, language),
                ),
            ),
            published=group.created_at,
        )
    )
    return {
        **document,
        "source": {"content": group.description, "mediaType": "text/markdown"},
        "mediaType": "text/html",
        "sensitive": False,
    }


def instance_document(urls: Urls, instance: InstanceSettings) -> dict[str, Any]:
    """The instance's `Application` actor (as Lemmy's and Mastodon's): it signs fetches made
    on nobody's behalf. Its inbox is the shared inbox, as Lemmy's is."""
    actor = urls.instance_actor()
    domain = urlsplit(urls.base).netloc
    return vocab.to_json(
        vocab.Actor(
            type="Application",
            id=actor,
            preferred_username=domain,
            name=instance.name,
            summary=_plain_text_html(instance.description),
            url=urls.base + "/",
            inbox=urls.shared_inbox(),
            outbox=urls.outbox(actor),
            shared_inbox=urls.shared_inbox(),
            public_key=_public_key(urls, actor, instance.public_key_pem),
            published=instance.created_at,
        )
    )


# Objects ------------------------------------------------------------------------------------


def page_document(
    urls: Urls, post: Post, group: Group, author: User, files: Sequence[Attachment] = ()
) -> dict[str, Any]:
    """A post as Lemmy's `Page`: title in `name`, to the group and Public, `audience` set;
    its shared files as `Image` / `Document` attachments."""
    audience = group_id(urls, group)
    object_id = post_id(urls, post)
    return vocab.to_json(
        vocab.Content(
            type="Page",
            id=object_id,
            attributed_to=(person_id(urls, author),),
            name=post.title,
            content=post.body_html,
            source=vocab.Source(content=post.body, media_type="text/markdown"),
            to=(audience, PUBLIC),
            cc=(),
            audience=audience,
            url=object_id,
            published=post.created_at,
            updated=post.edited_at,
            attachments=tuple(file_attachment(urls, f) for f in files if f.blob_id is not None),
        )
    )


def file_attachment(urls: Urls, file: Attachment) -> vocab.Attachment:
    """A shared file as Mastodon and Lemmy read one: `Image` for photos (the title is their
    alt text), `Document` for reports and data, with the licence's address where it has one."""
    licence = licences.LICENCES.get(file.licence)
    return vocab.Attachment(
        type="Image" if file.kind == FileKind.IMAGE else "Document",
        url=urls.file(file.id, file.filename),
        media_type=file.media_type,
        name=file.title,
        summary=file.description or None,
        license=(licence[1] or None) if licence else None,
        width=file.width,
        height=file.height,
    )


def note_document(
    urls: Urls,
    reply: Reply,
    post: Post,
    group: Group,
    author: User,
    *,
    answered: User,
    parent: Reply | None = None,
) -> dict[str, Any]:
    """A reply as Lemmy's comment `Note`, in reply to `parent` (the reply it answers) or else
    the post. `answered` wrote that parent or post: Lemmy copies and mentions that person so
    that their server, Mastodon too, notifies them and places the reply in the thread."""
    audience = group_id(urls, group)
    object_id = reply_id(urls, reply)
    if parent is not None:
        in_reply_to = reply_id(urls, parent)
    elif reply.parent_id is not None:
        in_reply_to = urls.reply(reply.parent_id)
    else:
        in_reply_to = post_id(urls, post)
    answered_id = person_id(urls, answered)
    document = vocab.to_json(
        vocab.Content(
            type="Note",
            id=object_id,
            attributed_to=(person_id(urls, author),),
            content=reply.body_html,
            source=vocab.Source(content=reply.body, media_type="text/markdown"),
            in_reply_to=in_reply_to,
            to=(audience, PUBLIC),
            cc=(answered_id,),
            audience=audience,
            url=object_id,
            published=reply.created_at,
            updated=reply.edited_at,
        )
    )
    mention = {"type": "Mention", "href": answered_id, "name": handle(urls, answered)}
    return {**document, "tag": [mention]}


def tombstone_document(
    object_id: str, former_type: str, deleted: datetime | None
) -> dict[str, Any]:
    """What a deleted post or reply answers (with HTTP 410, as Mastodon does)."""
    return vocab.to_json(vocab.Tombstone(id=object_id, former_type=former_type, deleted=deleted))


# Collections --------------------------------------------------------------------------------


def ordered_collection(
    collection_id: str, items: list[Any] | None = None, *, total: int | None = None
) -> dict[str, Any]:
    """An OrderedCollection; `items=None` gives only the count (followers are not listed)."""
    document: dict[str, Any] = {
        "@context": vocab.CONTEXT,
        "type": "OrderedCollection",
        "id": collection_id,
        "totalItems": total if total is not None else len(items or []),
    }
    if items is not None:
        document["orderedItems"] = [_embedded(item) for item in items]
    return document


# Activities ---------------------------------------------------------------------------------


def _embedded(document: Any) -> Any:
    """A document inside another carries no `@context` of its own."""
    if isinstance(document, dict):
        return {key: value for key, value in document.items() if key != "@context"}
    return document


def _wrap(urls: Urls, kind: str, obj: dict[str, Any], activity_id: str | None) -> dict[str, Any]:
    # The author's activity is addressed like its object: to the group and Public, `audience`
    # the group, and copied to whoever the object copies (FEP-1b12, as Lemmy).
    activity: dict[str, Any] = {
        "@context": vocab.CONTEXT,
        "type": kind,
        "id": activity_id or urls.new_activity(),
        "actor": obj["attributedTo"],
        "to": list(obj.get("to", [])),
        "cc": list(obj.get("cc", [])),
        "object": _embedded(obj),
    }
    if obj.get("audience"):
        activity["audience"] = obj["audience"]
    return activity


def create_activity(
    urls: Urls, obj: dict[str, Any], *, activity_id: str | None = None
) -> dict[str, Any]:
    """The author's `Create` of a `page_document` or `note_document`."""
    return _wrap(urls, "Create", obj, activity_id)


def update_activity(
    urls: Urls, obj: dict[str, Any], *, activity_id: str | None = None
) -> dict[str, Any]:
    """The author's `Update` carrying the whole edited object (with `updated`)."""
    return _wrap(urls, "Update", obj, activity_id)


def delete_activity(
    urls: Urls,
    actor: str,
    object_id: str,
    *,
    audience: str | None = None,
    cc: tuple[str, ...] = (),
    activity_id: str | None = None,
) -> dict[str, Any]:
    """`Delete` of an object by its id, as Lemmy sends it: to Public, copied to the group."""
    activity: dict[str, Any] = {
        "@context": vocab.CONTEXT,
        "type": "Delete",
        "id": activity_id or urls.new_activity(),
        "actor": actor,
        "to": [PUBLIC],
        "cc": list(dict.fromkeys(([audience] if audience else []) + list(cc))),
        "object": object_id,
    }
    if audience:
        activity["audience"] = audience
    return activity


def announce_activity(
    urls: Urls, group: Group, inner: dict[str, Any], *, activity_id: str | None = None
) -> dict[str, Any]:
    """The group's `Announce` of a member's activity to its followers (FEP-1b12)."""
    actor = group_id(urls, group)
    return {
        "@context": vocab.CONTEXT,
        "type": "Announce",
        "id": activity_id or urls.new_activity(),
        "actor": actor,
        "to": [PUBLIC],
        "cc": [
            group.followers_url if group.domain and group.followers_url else urls.followers(actor)
        ],
        "object": _embedded(inner),
    }
