"""What Polder serves and sends has the shape Lemmy and Mastodon accept.

Their own payloads in ../shared/fixtures are the reference: for each of our documents, the keys
those servers rely on must be present in THEIR document (so the list is grounded in what they
really send) and in OURS, and both must parse through `federation.vocab` to the same kind of
thing with the same essentials filled in.
"""

from __future__ import annotations

from typing import Any

import httpx

from federation import documents, vocab
from federation.urls import Urls
from server.config import Settings
from server.models import Group, Post, User
from server.services import posts
from tests.conftest import make_group, make_user
from tests.interop.test_fixtures_parse import load

AP = {"accept": "application/activity+json"}

# The keys each project reads to accept an object (beyond these, they ignore what they miss).
LEMMY_GROUP = {
    "id", "type", "preferredUsername", "name", "summary", "source", "sensitive", "inbox",
    "outbox", "followers", "attributedTo", "featured", "postingRestrictedToMods", "endpoints",
    "publicKey", "published",
}  # fmt: skip
LEMMY_PAGE = {
    "id", "type", "attributedTo", "to", "audience", "name", "content", "mediaType", "source",
    "attachment", "sensitive", "published",
}  # fmt: skip
LEMMY_NOTE = {
    "id", "type", "attributedTo", "to", "cc", "audience", "inReplyTo", "content", "mediaType",
    "source", "tag", "published",
}  # fmt: skip
MASTODON_PERSON = {
    "id", "type", "preferredUsername", "name", "summary", "url", "inbox", "outbox", "followers",
    "publicKey", "endpoints", "attachment", "manuallyApprovesFollowers", "discoverable",
    "published",
}  # fmt: skip
LEMMY_PERSON = {"id", "type", "preferredUsername", "inbox", "outbox", "endpoints", "publicKey",
                "published"}  # fmt: skip
LEMMY_INSTANCE = {"id", "type", "preferredUsername", "name", "inbox", "outbox", "publicKey"}
LEMMY_CREATE = {"id", "type", "actor", "to", "cc", "object", "audience"}
LEMMY_DELETE = {"id", "type", "actor", "to", "cc", "object", "audience"}
LEMMY_ANNOUNCE = {"id", "type", "actor", "to", "cc", "object"}
LEMMY_OUTBOX = {"id", "type", "totalItems", "orderedItems"}
LEMMY_MODERATORS = {"id", "type", "orderedItems"}


def check_keys(ours: dict[str, Any], theirs: dict[str, Any], essentials: set[str]) -> None:
    assert essentials <= set(theirs), f"reference lacks {essentials - set(theirs)}"
    assert essentials <= set(ours), f"we lack {essentials - set(ours)}"


async def served(client: httpx.AsyncClient, path: str) -> dict[str, Any]:
    response = await client.get(path, headers=AP)
    assert response.status_code == 200, response.text
    document: dict[str, Any] = response.json()
    return document


async def a_thread(settings: Settings) -> tuple[User, Group, Post, int]:
    anna = await make_user(settings, "anna")
    group = await make_group(anna)
    post = await posts.create_post(anna, group, "Minder stikstof", "We beginnen nu.")
    reply = await posts.create_reply(anna, post, "Goed plan")
    return anna, group, post, reply.id


async def test_group_has_lemmy_community_shape(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    await a_thread(settings)
    ours = await served(client, "/g/gelderse-vallei")
    theirs = load("fediverse/lemmy/objects/group.json")
    check_keys(ours, theirs, LEMMY_GROUP)
    assert set(ours["endpoints"]) >= set(theirs["endpoints"])
    assert set(ours["publicKey"]) == set(theirs["publicKey"])
    our_group, their_group = vocab.parse_actor(ours), vocab.parse_actor(theirs)
    assert our_group.type == their_group.type == "Group"
    for thing in (our_group, their_group):
        assert thing.moderators and thing.shared_inbox and thing.public_key and thing.featured
        assert thing.followers and thing.outbox


async def test_person_has_mastodon_and_lemmy_shape(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    await make_user(settings, "anna")
    ours = await served(client, "/u/anna")
    mastodon = load("fediverse/mastodon/objects/person.json")
    check_keys(ours, mastodon, MASTODON_PERSON)
    check_keys(ours, load("fediverse/lemmy/objects/person.json"), LEMMY_PERSON)
    # Mastodon's own context names the profile-field terms we use.
    their_terms = mastodon["@context"][-1]
    our_terms = ours["@context"][-1]
    for term in ("PropertyValue", "value", "discoverable", "manuallyApprovesFollowers"):
        assert term in their_terms and term in our_terms
    person = vocab.parse_actor(ours)
    assert person.type == "Person"
    assert [field.name for field in person.fields] == ["Organisatie", "Doet mee als"]
    assert person.public_key is not None and person.public_key.owner == person.id


async def test_instance_actor_has_lemmy_shape(client: httpx.AsyncClient) -> None:
    ours = await served(client, "/actor")
    check_keys(ours, load("fediverse/lemmy/objects/instance.json"), LEMMY_INSTANCE)
    assert vocab.parse_actor(ours).type == "Application"


async def test_page_and_note_have_lemmy_shape(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    _, _, post, reply_id = await a_thread(settings)
    page = await served(client, f"/p/{post.id}")
    lemmy_page = load("fediverse/lemmy/objects/page.json")
    check_keys(page, lemmy_page, LEMMY_PAGE)
    note = await served(client, f"/c/{reply_id}")
    lemmy_note = load("fediverse/lemmy/objects/comment.json")
    check_keys(note, lemmy_note, LEMMY_NOTE)
    for ours, theirs in ((page, lemmy_page), (note, lemmy_note)):
        our_content, their_content = vocab.parse(ours), vocab.parse(theirs)
        assert isinstance(our_content, vocab.Content) and isinstance(their_content, vocab.Content)
        assert our_content.type == their_content.type
        # Addressed as Lemmy addresses: to the group and Public, audience the group.
        assert our_content.to[0] == our_content.audience
        assert their_content.to[0] == their_content.audience
        assert our_content.is_public and their_content.is_public
        assert our_content.source is not None and their_content.source is not None
        assert our_content.source.media_type == their_content.source.media_type


async def test_activities_have_lemmy_shape(settings: Settings) -> None:
    anna, group, post, _ = await a_thread(settings)
    urls = Urls(settings.base_url)
    page = documents.page_document(urls, post, group, anna)
    create = documents.create_activity(urls, page)
    update = documents.update_activity(urls, page)
    delete = documents.delete_activity(
        urls, page["attributedTo"], page["id"], audience=page["audience"]
    )
    announce = documents.announce_activity(urls, group, create)

    check_keys(create, load("fediverse/lemmy/activities/create_or_update/create_page.json"),
               LEMMY_CREATE)  # fmt: skip
    check_keys(update, load("fediverse/lemmy/activities/create_or_update/update_page.json"),
               LEMMY_CREATE)  # fmt: skip
    check_keys(delete, load("fediverse/lemmy/activities/deletion/delete_page.json"), LEMMY_DELETE)
    lemmy_announce = load("fediverse/lemmy/activities/community/announce_create_page.json")
    check_keys(announce, lemmy_announce, LEMMY_ANNOUNCE)
    assert announce["to"] == lemmy_announce["to"]  # Public only; followers in cc
    assert announce["cc"] == [f"{urls.group(group.slug)}/followers"]

    parsed = vocab.parse_activity(announce)
    inner = parsed.object
    assert isinstance(inner, vocab.Activity) and inner.type == "Create"
    assert isinstance(inner.object, vocab.Content) and inner.object.audience == urls.group(
        group.slug
    )
    assert inner.actor == inner.object.author
    assert vocab.same_host(parsed.actor, inner.id)
    assert create["id"] != update["id"] != delete["id"] != announce["id"]
    assert "@context" in announce and "@context" not in announce["object"]


async def test_collections_have_lemmy_shape(client: httpx.AsyncClient, settings: Settings) -> None:
    await a_thread(settings)
    outbox = await served(client, "/g/gelderse-vallei/outbox")
    lemmy_outbox = load("fediverse/lemmy/collections/group_outbox.json")
    check_keys(outbox, lemmy_outbox, LEMMY_OUTBOX)
    ours, theirs = outbox["orderedItems"][0], lemmy_outbox["orderedItems"][0]
    check_keys(ours, theirs, LEMMY_ANNOUNCE)
    assert set(theirs["object"]) - {"cc"} <= set(ours["object"])
    moderators = await served(client, "/g/gelderse-vallei/moderators")
    check_keys(moderators, load("fediverse/lemmy/collections/group_moderators.json"),
               LEMMY_MODERATORS)  # fmt: skip
