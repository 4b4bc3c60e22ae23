"""ActivityStreams parsing and serialising on hand-written documents (real payloads: interop)."""

from __future__ import annotations

import contextlib
import copy
import json
from datetime import UTC, datetime
from typing import Any

import pytest

from federation import vocab
from federation.vocab import ParseError

A = "https://a.example"
GROUP_ID = f"{A}/g/veen"
PERSON_ID = f"{A}/u/anna"
WHEN = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)


def person(**changes: Any) -> dict[str, Any]:
    document: dict[str, Any] = {
        "type": "Person",
        "id": PERSON_ID,
        "preferredUsername": "anna",
        "name": "Anna de Vries",
        "inbox": f"{PERSON_ID}/inbox",
        "outbox": f"{PERSON_ID}/outbox",
        "followers": f"{PERSON_ID}/followers",
        "endpoints": {"sharedInbox": f"{A}/inbox"},
        "publicKey": {"id": f"{PERSON_ID}#main-key", "owner": PERSON_ID, "publicKeyPem": "PEM"},
        "attachment": [
            {"type": "PropertyValue", "name": "Organisatie", "value": "LTO Noord"},
            {"type": "PropertyValue", "name": "Rol", "value": "Melkveehouder"},
            {"type": "Link", "href": "https://x.example"},
        ],
    }
    document.update(changes)
    return document


def page(**changes: Any) -> dict[str, Any]:
    document: dict[str, Any] = {
        "type": "Page",
        "id": f"{A}/p/1",
        "attributedTo": PERSON_ID,
        "to": [GROUP_ID, "https://www.w3.org/ns/activitystreams#Public"],
        "audience": GROUP_ID,
        "name": "Waterpeil in de polder",
        "content": "<p>Wat vinden jullie?</p>",
        "mediaType": "text/html",
        "source": {"content": "Wat vinden jullie?", "mediaType": "text/markdown"},
        "published": "2026-03-01T09:30:00Z",
    }
    document.update(changes)
    return document


def activity(kind: str, obj: object, **changes: Any) -> dict[str, Any]:
    document = {"type": kind, "id": f"{A}/activities/1", "actor": PERSON_ID, "object": obj}
    document.update(changes)
    return document


# Actors -------------------------------------------------------------------------------------


def test_person_fields() -> None:
    actor = vocab.parse_actor(person())
    assert actor.type == "Person"
    assert actor.preferred_username == "anna"
    assert actor.shared_inbox == f"{A}/inbox"
    assert actor.delivery_inbox == f"{A}/inbox"
    assert actor.public_key == vocab.PublicKey(
        id=f"{PERSON_ID}#main-key", owner=PERSON_ID, pem="PEM"
    )
    assert actor.fields == (
        vocab.PropertyValue(name="Organisatie", value="LTO Noord"),
        vocab.PropertyValue(name="Rol", value="Melkveehouder"),
    )


def test_actor_without_shared_inbox_delivers_to_its_inbox() -> None:
    actor = vocab.parse_actor(person(endpoints=None))
    assert actor.delivery_inbox == f"{PERSON_ID}/inbox"


@pytest.mark.parametrize("kind", ["Group", "Application", "Service", "Organization"])
def test_other_actor_types(kind: str) -> None:
    assert vocab.parse_actor(person(type=kind)).type == kind


def test_group_moderators_from_attributed_to_or_moderators() -> None:
    lemmy = vocab.parse_actor(person(type="Group", attributedTo=f"{GROUP_ID}/moderators"))
    older = vocab.parse_actor(person(type="Group", moderators=f"{GROUP_ID}/mods"))
    peertube = vocab.parse_actor(person(type="Group", attributedTo=[{"type": "Person", "id": A}]))
    assert (lemmy.moderators, older.moderators, peertube.moderators) == (
        f"{GROUP_ID}/moderators", f"{GROUP_ID}/mods", None,
    )  # fmt: skip


@pytest.mark.parametrize(
    "changes",
    [{"inbox": None}, {"inbox": "/relative"}, {"id": "acct:anna@a.example"}, {"id": None},
     {"publicKey": {"id": "not-a-url", "publicKeyPem": "PEM"}}],
)  # fmt: skip
def test_actor_refusals(changes: dict[str, Any]) -> None:
    with pytest.raises(ParseError):
        vocab.parse(person(**changes))


def test_malformed_optional_fields_are_dropped() -> None:
    actor = vocab.parse_actor(
        person(outbox=5, url=["nope", {"href": "https://a.example/@anna"}], icon={"url": 7},
               name=["x"], published="last tuesday")
    )  # fmt: skip
    assert actor.outbox is None
    assert actor.url == "https://a.example/@anna"
    assert actor.icon is None
    assert actor.name is None
    assert actor.published is None


# Objects ------------------------------------------------------------------------------------


def test_page_fields() -> None:
    post = vocab.parse(page())
    assert isinstance(post, vocab.Content)
    assert post.type == "Page"
    assert post.author == PERSON_ID
    assert post.name == "Waterpeil in de polder"
    assert post.source == vocab.Source(content="Wat vinden jullie?", media_type="text/markdown")
    assert post.audience == GROUP_ID
    assert post.is_public
    assert post.published == WHEN


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (PERSON_ID, (PERSON_ID,)),
        ([PERSON_ID, GROUP_ID], (PERSON_ID, GROUP_ID)),
        ([{"type": "Group", "id": GROUP_ID}, {"type": "Person", "id": PERSON_ID}],
         (PERSON_ID, GROUP_ID)),
        ({"type": "Person", "id": PERSON_ID}, (PERSON_ID,)),
    ],
)  # fmt: skip
def test_attributed_to_shapes(value: object, expected: tuple[str, ...]) -> None:
    post = vocab.parse(page(attributedTo=value))
    assert isinstance(post, vocab.Content)
    assert post.attributed_to == expected
    assert post.author == expected[0]


@pytest.mark.parametrize("value", [None, [], "nope", [{"type": "Person"}]])
def test_attributed_to_is_required(value: object) -> None:
    with pytest.raises(ParseError):
        vocab.parse(page(attributedTo=value))


def test_addressing_shapes_and_public_aliases() -> None:
    post = vocab.parse(page(to="as:Public", cc=[{"id": GROUP_ID}, "Public", 3, GROUP_ID]))
    assert isinstance(post, vocab.Content)
    assert post.to == (vocab.PUBLIC,)
    assert post.cc == (GROUP_ID, vocab.PUBLIC)


def test_content_map_and_string_source() -> None:
    post = vocab.parse(
        page(content=None, contentMap={"nl": "<p>Hoi</p>"}, source="Hoi", mediaType=None)
    )
    assert isinstance(post, vocab.Content)
    assert post.content == "<p>Hoi</p>"
    assert post.source == vocab.Source(content="Hoi", media_type="text/plain")
    assert post.media_type == "text/html"


def test_note_reply_and_attachments() -> None:
    note = vocab.parse(
        page(type="Note", name=None, inReplyTo=f"{A}/p/1", sensitive=True,
             attachment=[{"type": "Link", "href": "https://kaart.example/veen"},
                         {"type": "Document", "mediaType": "image/png",
                          "url": "https://a.example/f/1.png", "name": "Kaart"},
                         {"type": "Image"}, "junk"])
    )  # fmt: skip
    assert isinstance(note, vocab.Content)
    assert note.in_reply_to == f"{A}/p/1"
    assert note.sensitive is True
    assert [a.url for a in note.attachments] == [
        "https://kaart.example/veen", "https://a.example/f/1.png",
    ]  # fmt: skip


def test_event_fields() -> None:
    event = vocab.parse(
        page(type="Event", startTime="2026-04-02T19:30:00+02:00", endTime="2026-04-02T22:00",
             joinMode="free",
             location={"type": "Place", "name": "Dorpshuis", "latitude": 52.1,
                       "address": {"streetAddress": "Kerkstraat 1", "addressLocality": "Veen"}})
    )  # fmt: skip
    assert isinstance(event, vocab.Event)
    assert event.start_time == datetime(2026, 4, 2, 17, 30, tzinfo=UTC)
    assert event.end_time == datetime(2026, 4, 2, 22, 0, tzinfo=UTC)
    assert event.location == vocab.Place(
        name="Dorpshuis", address="Kerkstraat 1, Veen", latitude=52.1
    )
    assert event.join_mode == "free"


def test_event_needs_a_start_time() -> None:
    with pytest.raises(ParseError, match="startTime"):
        vocab.parse(page(type="Event", startTime="soon"))


def test_tombstone() -> None:
    tombstone = vocab.parse({"type": "Tombstone", "id": f"{A}/p/1", "formerType": "Page"})
    assert tombstone == vocab.Tombstone(id=f"{A}/p/1", former_type="Page")


# Activities ---------------------------------------------------------------------------------


def test_follow_of_a_group_by_url() -> None:
    follow = vocab.parse_activity(activity("Follow", GROUP_ID))
    assert (follow.type, follow.actor, follow.object, follow.object_id) == (
        "Follow", PERSON_ID, GROUP_ID, GROUP_ID,
    )  # fmt: skip


def test_nested_announce_create_page() -> None:
    create = activity("Create", page(), id=f"{A}/activities/2")
    announce = vocab.parse_activity(activity("Announce", create, actor=GROUP_ID))
    inner = announce.object
    assert isinstance(inner, vocab.Activity)
    assert inner.type == "Create"
    assert isinstance(inner.object, vocab.Content)
    assert inner.object.name == "Waterpeil in de polder"


def test_object_given_as_bare_id_object() -> None:
    like = vocab.parse_activity(activity("Like", {"id": f"{A}/p/1"}))
    assert like.object == f"{A}/p/1"


def test_flag_keeps_every_object() -> None:
    flag = vocab.parse_activity(
        activity("Flag", [PERSON_ID, f"{A}/p/1"], content="Beledigend", to=GROUP_ID)
    )
    assert flag.objects == (PERSON_ID, f"{A}/p/1")
    assert flag.content == "Beledigend"


@pytest.mark.parametrize(
    ("document", "message"),
    [
        (activity("Like", [f"{A}/p/1", f"{A}/p/2"]), "exactly one"),
        (activity("Create", f"{A}/p/1"), "embed"),
        (activity("Follow", None), "no object"),
        (activity("Follow", GROUP_ID, actor=None), "actor"),
        (activity("Follow", GROUP_ID, id="urn:uuid:1"), "id"),
        (activity("Follow", 42), "URL"),
        (activity("Block", PERSON_ID), "unsupported type 'Block'"),
        (activity("Create", {"type": "ChatMessage", "id": f"{A}/m/1"}), "ChatMessage"),
        (activity("Undo", activity("Lock", f"{A}/p/1")), "Lock"),
        ({"id": f"{A}/x"}, "no type"),
        ([], "not a JSON object"),
        ("Follow", "not a JSON object"),
    ],
)
def test_activity_refusals(document: object, message: str) -> None:
    with pytest.raises(ParseError, match=message):
        vocab.parse(document)


def test_deep_nesting_is_refused() -> None:
    document: dict[str, Any] = activity("Follow", GROUP_ID)
    for _ in range(6):
        document = activity("Undo", document)
    with pytest.raises(ParseError, match="deeply"):
        vocab.parse(document)


def test_type_list_picks_the_known_type() -> None:
    assert vocab.parse_actor(person(type=["ext:Farmer", "Person"])).type == "Person"


def test_parse_actor_and_activity_check_the_kind() -> None:
    with pytest.raises(ParseError, match="expected an actor"):
        vocab.parse_actor(page())
    with pytest.raises(ParseError, match="expected an activity"):
        vocab.parse_activity(person())


GARBAGE: list[object] = [None, 0, 1.5, True, "", "x", [], [None], {}, {"id": 3}, [[[]]]]


def _event() -> dict[str, Any]:
    return page(type="Event", startTime="2026-04-02T19:30:00Z", location={"name": "Dorpshuis"})


@pytest.mark.parametrize(
    "builder",
    [person, page, _event, lambda: activity("Flag", [PERSON_ID, f"{A}/p/1"])],
)
def test_garbage_in_any_field_raises_only_parse_error(builder: Any) -> None:
    # Every field of a good document replaced by every kind of wrong value: the parser must
    # either accept (ignoring it) or raise ParseError, never anything else.
    base = builder()
    for key in base:
        for value in GARBAGE:
            document = copy.deepcopy(base)
            document[key] = value
            with contextlib.suppress(ParseError):
                vocab.parse(document)


def test_garbage_inside_embedded_objects_raises_only_parse_error() -> None:
    for key in page():
        for value in GARBAGE:
            inner = page()
            inner[key] = value
            document = activity("Announce", activity("Create", inner), actor=GROUP_ID)
            with contextlib.suppress(ParseError):
                vocab.parse(document)


# Host rule ----------------------------------------------------------------------------------


def test_host_of_and_same_host() -> None:
    assert vocab.host_of("https://A.Example/u/x") == "a.example"
    assert vocab.host_of("https://a.example:443/u/x") == "a.example"
    assert vocab.host_of("http://127.0.0.1:8001/g/x") == "127.0.0.1:8001"
    assert vocab.same_host(f"{A}/p/1", f"{A}/u/anna")
    assert not vocab.same_host("http://127.0.0.1:8001/p/1", "http://127.0.0.1:8002/u/anna")
    assert not vocab.same_host("https://a.example.evil/p", "https://a.example/u")
    assert not vocab.same_host("nope", "nope")
    with pytest.raises(ParseError):
        vocab.host_of("mailto:anna@a.example")


# Serialising --------------------------------------------------------------------------------


def round_trip(thing: Any) -> Any:
    document = json.loads(json.dumps(vocab.to_json(thing)))
    assert document["@context"] == vocab.CONTEXT
    return vocab.parse(document)


def test_person_round_trip() -> None:
    actor = vocab.parse_actor(person(published="2026-03-01T09:30:00Z"))
    assert round_trip(actor) == actor
    document = vocab.to_json(actor)
    assert document["endpoints"] == {"sharedInbox": f"{A}/inbox"}
    assert document["attachment"][0] == {
        "type": "PropertyValue", "name": "Organisatie", "value": "LTO Noord",
    }  # fmt: skip
    assert "moderators" not in document


def test_group_document_has_lemmy_fields() -> None:
    group = vocab.parse_actor(
        person(type="Group", attributedTo=f"{GROUP_ID}/moderators", featured=f"{GROUP_ID}/f")
    )
    document = vocab.to_json(group)
    assert document["attributedTo"] == document["moderators"] == f"{GROUP_ID}/moderators"
    assert document["featured"] == f"{GROUP_ID}/f"
    assert document["postingRestrictedToMods"] is False
    assert round_trip(group) == group
    context_terms = vocab.CONTEXT[2]
    for term in ("moderators", "featured", "postingRestrictedToMods", "sensitive", "value"):
        assert term in context_terms


def test_page_note_event_round_trip() -> None:
    post = vocab.parse(page(attachment=[{"type": "Link", "href": "https://kaart.example/"}]))
    assert round_trip(post) == post
    document = vocab.to_json(post)
    assert document["attributedTo"] == PERSON_ID
    assert document["published"] == "2026-03-01T09:30:00Z"
    assert document["attachment"] == [{"type": "Link", "href": "https://kaart.example/"}]
    note = vocab.parse(page(type="Note", name=None, inReplyTo=f"{A}/p/1"))
    assert round_trip(note) == note
    assert "name" not in vocab.to_json(note)
    event = vocab.parse(page(type="Event", startTime="2026-04-02T19:30:00Z",
                             location={"type": "Place", "name": "Dorpshuis"}))  # fmt: skip
    assert round_trip(event) == event


def test_activity_round_trip_with_embedded_and_listed_objects() -> None:
    announce = vocab.parse_activity(
        activity("Announce", activity("Create", page(), id=f"{A}/activities/2"),
                 actor=GROUP_ID, to=[vocab.PUBLIC], cc=[f"{GROUP_ID}/followers"])
    )  # fmt: skip
    assert round_trip(announce) == announce
    document = vocab.to_json(announce)
    assert "@context" not in document["object"]
    assert document["object"]["object"]["type"] == "Page"
    flag = vocab.parse_activity(activity("Flag", [PERSON_ID, f"{A}/p/1"]))
    assert vocab.to_json(flag)["object"] == [PERSON_ID, f"{A}/p/1"]
    delete = vocab.parse_activity(activity("Delete", {"type": "Tombstone", "id": f"{A}/p/1"}))
    assert round_trip(delete) == delete
