"""Every real payload in ../shared/fixtures through `federation.vocab`.

Supported types must parse with their key fields; anything else (Lemmy's Lock and Block,
collections, PeerTube's Video, chat messages …) must raise ParseError, never crash. The files
are read where they are and never copied into the project (they are other projects' data).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from federation import vocab
from federation.vocab import ParseError

FIXTURES = Path(__file__).parents[2].parent / "shared" / "fixtures"
SUPPORTED = vocab.ACTOR_TYPES | vocab.CONTENT_TYPES | vocab.ACTIVITY_TYPES | {"Event", "Tombstone"}


def _files() -> list[Any]:
    if not FIXTURES.is_dir():
        reason = f"shared fixtures not found at {FIXTURES}"
        return [pytest.param(None, marks=pytest.mark.skip(reason=reason), id="no-fixtures")]
    return [
        pytest.param(path, id=str(path.relative_to(FIXTURES)))
        for path in sorted(FIXTURES.rglob("*.json"))
    ]


def load(relative: str) -> Any:
    path = FIXTURES / relative
    if not path.is_file():
        pytest.skip(f"fixture {relative} not found under {FIXTURES}")
    return json.loads(path.read_text(encoding="utf-8"))


def supported(document: object) -> bool:
    """Whether we promise to parse this: its type and every embedded object's type known."""
    if not isinstance(document, dict):
        return True  # a bare id
    if document.get("type") not in SUPPORTED:
        return False
    inner = document.get("object")
    items = inner if isinstance(inner, list) else [inner]
    return all(supported(item) for item in items if isinstance(item, dict) and "type" in item)


def check_key_fields(thing: object) -> None:
    if isinstance(thing, vocab.Activity):
        assert vocab.is_http_url(thing.id) and vocab.is_http_url(thing.actor)
        assert vocab.is_http_url(thing.object_id)
        assert thing.objects and thing.objects[0] == thing.object
        for item in thing.objects:
            check_key_fields(item)
    elif isinstance(thing, vocab.Content):
        assert vocab.is_http_url(thing.id) and thing.attributed_to
        assert thing.content is not None or thing.name is not None
        if isinstance(thing, vocab.Event):
            assert thing.start_time.tzinfo is not None
    elif isinstance(thing, vocab.Actor):
        assert vocab.is_http_url(thing.id) and vocab.is_http_url(thing.inbox)
    elif isinstance(thing, vocab.Tombstone):
        assert vocab.is_http_url(thing.id)


@pytest.mark.parametrize("path", _files())
def test_every_fixture_parses_or_is_refused_cleanly(path: Path) -> None:
    document = json.loads(path.read_text(encoding="utf-8"))
    if supported(document):
        check_key_fields(vocab.parse(document))
    else:
        with pytest.raises(ParseError):
            vocab.parse(document)


def test_fixture_folder_has_the_documented_payloads() -> None:
    if not FIXTURES.is_dir():
        pytest.skip(f"shared fixtures not found at {FIXTURES}")
    parsed = [p for p in FIXTURES.rglob("*.json") if supported(json.loads(p.read_text()))]
    assert len(parsed) >= 100


# Concrete values from a handful of files ----------------------------------------------------


def test_lemmy_announce_unwraps_to_create_of_named_page() -> None:
    announce = vocab.parse_activity(
        load("fediverse/lemmy/activities/community/announce_create_page.json")
    )
    assert (announce.type, announce.actor) == ("Announce", "http://enterprise.lemmy.ml/c/main")
    assert announce.cc == ("http://enterprise.lemmy.ml/c/main/followers",)
    create = announce.object
    assert isinstance(create, vocab.Activity) and create.type == "Create"
    assert create.actor == "http://enterprise.lemmy.ml/u/lemmy_beta"
    page = create.object
    assert isinstance(page, vocab.Content) and page.type == "Page"
    assert page.name == "post 4"
    assert page.author == "http://enterprise.lemmy.ml/u/lemmy_beta"
    assert page.published == datetime(2021, 11, 1, 12, 11, 22, 871846, tzinfo=UTC)
    # FEP-1b12: the inner object lives on the announcing group's host.
    assert vocab.same_host(page.id, announce.actor)


def test_lemmy_page_and_comment() -> None:
    page = vocab.parse(load("fediverse/lemmy/objects/page.json"))
    assert isinstance(page, vocab.Content)
    assert page.name == "Post title"
    assert page.audience == "https://enterprise.lemmy.ml/c/tenforward"
    assert page.source == vocab.Source(
        content="This is a post in the /c/tenforward community", media_type="text/markdown"
    )
    assert page.is_public
    comment = vocab.parse(load("fediverse/lemmy/objects/comment.json"))
    assert isinstance(comment, vocab.Content) and comment.type == "Note"
    assert comment.in_reply_to == "https://enterprise.lemmy.ml/post/55143"
    assert comment.content == "<p>first comment!</p>\n"


def test_lemmy_group_actor() -> None:
    group = vocab.parse_actor(load("fediverse/lemmy/objects/group.json"))
    assert group.type == "Group" and group.preferred_username == "tenforward"
    assert group.shared_inbox == "https://enterprise.lemmy.ml/inbox"
    assert group.moderators == "https://enterprise.lemmy.ml/c/tenforward/moderators"
    assert group.public_key is not None
    assert group.public_key.owner == group.id
    assert group.public_key.pem.startswith("-----BEGIN PUBLIC KEY-----")


def test_lemmy_follow_accept_undo() -> None:
    follow = vocab.parse_activity(load("fediverse/lemmy/activities/following/follow.json"))
    assert follow.object == "http://enterprise.lemmy.ml/c/main"
    accept = vocab.parse_activity(load("fediverse/lemmy/activities/following/accept.json"))
    assert isinstance(accept.object, vocab.Activity) and accept.object.type == "Follow"
    undo = vocab.parse_activity(load("fediverse/lemmy/activities/following/undo_follow.json"))
    assert isinstance(undo.object, vocab.Activity) and undo.object.type == "Follow"


def test_mastodon_flag_lists_account_and_statuses() -> None:
    flag = vocab.parse_activity(load("fediverse/mastodon/activities/flag.json"))
    assert flag.type == "Flag"
    assert flag.objects == (
        "https://example.com/users/1",
        "https://example.com/posts/380590",
        "https://example.com/posts/380591",
    )
    assert flag.content == "Please take a look at this user and their posts"


def test_lemmy_and_mbin_flags() -> None:
    lemmy = vocab.parse_activity(load("fediverse/lemmy/activities/community/report_page.json"))
    assert lemmy.objects == ("http://enterprise.lemmy.ml/post/7",)
    assert lemmy.summary == "report this post"
    mbin = vocab.parse_activity(load("fediverse/mbin/activities/flag.json"))
    assert mbin.objects == ("https://lemmy-test/post/4", "https://lemmy-test/u/BentiGorlich")
    assert mbin.audience == "https://lemmy-test/c/test_mag"


def test_mastodon_create_note_reply_and_delete_tombstone() -> None:
    create = vocab.parse_activity(load("fediverse/mastodon/activities/create_note.json"))
    note = create.object
    assert isinstance(note, vocab.Content) and note.type == "Note"
    assert note.in_reply_to == "https://mamot.fr/users/retiolus/statuses/107224244380204526"
    assert note.to == ("https://mastodon.madrid/users/felix/followers",)
    assert vocab.PUBLIC in note.cc
    delete = vocab.parse_activity(load("fediverse/mastodon/activities/delete.json"))
    assert isinstance(delete.object, vocab.Tombstone)
    assert delete.object_id == "https://mastodon.madrid/users/felix/statuses/107773559874184870"


def test_mastodon_person() -> None:
    person = vocab.parse_actor(load("fediverse/mastodon/objects/person.json"))
    assert person.preferred_username == "mastodon"
    assert (
        person.featured == "https://masto.qa.urbanwildlife.biz/users/mastodon/collections/featured"
    )
    assert person.icon is not None and person.icon.endswith(".png")


def test_friendica_profile_fields() -> None:
    person = vocab.parse_actor(load("fediverse/friendica/objects/person_1.json"))
    assert len(person.fields) == 6
    assert person.fields[0].name == "Mobilizon"


def test_mobilizon_join_has_the_event_as_object() -> None:
    join = vocab.parse_activity(load("mobilizon/mobilizon-join-activity.json"))
    assert (join.type, join.actor, join.object) == (
        "Join", "http://mobilizon2.test/@admin", "http://mobilizon.test/events/some-uuid",
    )  # fmt: skip
    leave = vocab.parse_activity(load("mobilizon/mobilizon-leave-activity.json"))
    assert leave.type == "Leave" and leave.object == join.object


def test_mobilizon_event_times_and_place() -> None:
    event = vocab.parse(load("fediverse/mobilizon/objects/event.json"))
    assert isinstance(event, vocab.Event)
    assert event.name == "Caledonian scottish dance class"
    assert event.start_time == datetime(2022, 12, 11, 19, 0, tzinfo=UTC)
    assert event.end_time == datetime(2022, 12, 11, 21, 0, tzinfo=UTC)
    assert event.join_mode == "free"
    assert event.location is not None and event.location.name == "The Kenn Centre"
    assert event.location.address == "Devon Expressway, EX6 7TW, Teignbridge, United Kingdom"
    create = vocab.parse_activity(load("mobilizon/mobilizon-post-activity.json"))
    assert isinstance(create.object, vocab.Event)
    assert create.object.start_time == datetime(2018, 2, 12, 14, 8, 20, tzinfo=UTC)


def test_peertube_attribution_puts_the_person_first() -> None:
    video = load("fediverse/peertube/objects/video.json")
    with pytest.raises(ParseError, match="Video"):
        vocab.parse(video)
    # Its attributedTo (a channel Group and a Person, as objects) read as a Page's author.
    as_page = vocab.parse({**video, "type": "Page"})
    assert isinstance(as_page, vocab.Content)
    assert as_page.author == "https://tilvids.com/accounts/thelinuxexperiment"
    assert len(as_page.attributed_to) == 2
    group = vocab.parse_actor(load("fediverse/peertube/objects/group.json"))
    assert group.moderators is None  # a list of owners there, not a collection


@pytest.mark.parametrize(
    ("relative", "kind"),
    [
        ("fediverse/lemmy/activities/community/lock_page.json", "Lock"),
        ("fediverse/lemmy/activities/block/undo_block_user.json", "Block"),
        ("fediverse/lemmy/collections/group_outbox.json", "OrderedCollection"),
        ("fediverse/lemmy/activities/create_or_update/create_private_message_0.19.json",
         "ChatMessage"),
        ("mobilizon/mobilizon-invite-activity.json", "Invite"),
    ],
)  # fmt: skip
def test_unsupported_types_are_named_in_the_error(relative: str, kind: str) -> None:
    with pytest.raises(ParseError, match=kind):
        vocab.parse(load(relative))


def test_serialised_fixtures_parse_back_the_same() -> None:
    # What we write, we can read: a round trip through to_json keeps every parsed field.
    for relative in (
        "fediverse/lemmy/objects/group.json",
        "fediverse/lemmy/objects/page.json",
        "fediverse/mastodon/objects/person.json",
        "fediverse/lemmy/activities/community/announce_create_page.json",
        "fediverse/mobilizon/objects/event.json",
    ):
        thing = vocab.parse(load(relative))
        assert vocab.parse(json.loads(json.dumps(vocab.to_json(thing)))) == thing
