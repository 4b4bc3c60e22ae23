"""A Mobilizon event whose group is not (yet) held here, with the real Mobilizon payloads
(../shared/fixtures) served by another instance on a loopback port: the group is fetched from
the event's own host, the event is kept only when someone here follows the group, and groups
of other hosts are never fetched for it."""

from __future__ import annotations

import json
from typing import Any

import pytest

from federation import handlers, publish, vocab
from server.config import Settings
from server.models import Event, Group, Membership
from tests.app.test_handlers_content_announce import Origin, origin
from tests.conftest import make_user
from tests.interop.test_fixtures_parse import FIXTURES
from tests.interop.test_inbox_fixtures import sender
from tests.interop.test_mobilizon_events import apply

__all__ = ["origin"]  # the fixture, imported to be used here

MOBILIZON = "http://mobilizon1.com"
NEVER_CONTACTED = "http://127.0.0.1:1"  # a fetch there would fail with FetchError, not Rejected


@pytest.fixture(autouse=True)
def published(settings: Settings) -> None:
    publish.configure(settings)


def _on(origin: Origin, relative: str, old: str) -> dict[str, Any]:
    """A fixture as if its instance (`old`) were `origin`."""
    text = (FIXTURES / relative).read_text(encoding="utf-8")
    document: dict[str, Any] = json.loads(text.replace(old, origin.base))
    return document


def _serve_group(origin: Origin, path: str = "/@group") -> str:
    group = _on(origin, "fediverse/mobilizon/objects/group.json", "https://mobilizon.fr")
    actor_id = origin.base + path
    document = json.loads(json.dumps(group).replace(f"{origin.base}/@contribateliers", actor_id))
    origin.documents[path] = document
    return actor_id


def _event_create(origin: Origin) -> dict[str, Any]:
    return _on(origin, "mobilizon/mobilizon-post-activity-group.json", MOBILIZON)


async def _follower_of(settings: Settings, group: Group) -> None:
    anna = await make_user(settings, "anna")
    await Membership.create(group=group, user=anna, accepted=True)


async def test_a_group_first_heard_of_is_fetched_and_its_event_refused_unfollowed(
    settings: Settings, origin: Origin
) -> None:
    group_id = _serve_group(origin)
    create = _event_create(origin)
    await sender(create["actor"])
    with pytest.raises(handlers.Rejected, match="nobody here follows"):
        await apply(settings, create)
    assert origin.requests == ["/@group"]  # fetched once, from its own host
    stored = await Group.get(ap_id=group_id)
    assert stored.domain == origin.host and stored.public_key_pem
    assert await Event.all().count() == 0


async def test_an_event_naming_a_followed_group_by_another_address_is_stored(
    settings: Settings, origin: Origin
) -> None:
    # The group's server answers for the address the event uses with the actor we hold.
    group_id = _serve_group(origin, "/@group")
    origin.documents["/groups/group-alias"] = origin.documents["/@group"]
    held = await sender(group_id, group=True)
    assert isinstance(held, Group)
    await _follower_of(settings, held)
    create = _event_create(origin)
    create["to"] = create["object"]["to"] = [f"{origin.base}/groups/group-alias"]
    create["object"]["attributedTo"] = f"{origin.base}/groups/group-alias"
    organiser = await sender(create["actor"])
    await apply(settings, create)
    [event] = await Event.all()
    assert (event.group_id, event.organiser_id) == (held.id, organiser.id)
    assert origin.requests == ["/groups/group-alias"]


async def test_a_held_group_nobody_follows_gets_no_events(
    settings: Settings, origin: Origin
) -> None:
    create = _event_create(origin)
    await sender(create["object"]["attributedTo"], group=True)
    await sender(create["actor"])
    with pytest.raises(handlers.Rejected, match="nobody here follows"):
        await apply(settings, create)
    assert await Event.all().count() == 0 and origin.requests == []


async def test_a_group_on_another_host_is_never_fetched_for_an_event(
    settings: Settings, origin: Origin
) -> None:
    create = _event_create(origin)
    elsewhere = f"{NEVER_CONTACTED}/@group"
    create["to"] = create["object"]["to"] = [elsewhere]
    create["object"]["attributedTo"] = elsewhere
    await sender(create["actor"])
    with pytest.raises(handlers.Rejected, match="names no group held here"):
        await apply(settings, create)
    assert await Group.all().count() == 0


async def test_a_followed_group_announcing_its_event_by_id_stores_it_from_the_origin(
    settings: Settings, origin: Origin
) -> None:
    create = _event_create(origin)
    event_id = create["object"]["id"]
    origin.documents[event_id.removeprefix(origin.base)] = create["object"]
    group = await sender(create["object"]["attributedTo"], group=True)
    assert isinstance(group, Group)
    await _follower_of(settings, group)
    organiser = await sender(create["actor"])
    announce = {"type": "Announce", "id": f"{group.ap_id}/announces/1", "actor": group.ap_id,
                "object": event_id, "to": [vocab.PUBLIC]}  # fmt: skip
    await apply(settings, announce)
    [event] = await Event.all()
    assert (event.ap_id, event.group_id, event.organiser_id) == (event_id, group.id, organiser.id)
    assert event.title == "My first event"
