"""Remote actors fetched for real from an aiohttp server on a loopback port (development mode):
stored as `name@host` rows with their profile fields, looked up by key id, refreshed after a
day, found by handle through WebFinger; never stored for our own host."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from federation import remote_actors
from federation.errors import FetchError
from server.config import Settings
from server.models import Group, RemoteInstance, Role, Topic, User
from tests.app.test_inbox import RemoteServer, remote  # noqa: F401
from tests.conftest import make_user

pytestmark = pytest.mark.usefixtures("instance")


async def test_person_with_polder_profile_fields(
    settings: Settings,
    remote: RemoteServer,  # noqa: F811
) -> None:
    fields = [
        {"type": "PropertyValue", "name": "Organisatie", "value": "Waterschap Rijn en IJssel"},
        {"type": "PropertyValue", "name": "Doet mee als", "value": "overheid"},
    ]
    actor = remote.add("jan", fields=fields)
    person = await remote_actors.get_actor(settings, actor.id)
    assert isinstance(person, User)
    assert person.username == f"jan@{remote.host}" and person.domain == remote.host
    assert (person.name, person.organisation, person.role) == (
        "Jan de Vries", "Waterschap Rijn en IJssel", Role.GOVERNMENT
    )  # fmt: skip
    assert person.bio == "Melkveehouder & buurman"
    assert person.inbox_url == f"{actor.id}/inbox"
    assert person.shared_inbox_url == f"{remote.base}/inbox"
    assert person.public_key_pem == actor.public_pem
    assert person.email is None and person.password_hash == ""
    assert await RemoteInstance.exists(host=remote.host)


async def test_group_with_area_and_topic(
    settings: Settings,
    remote: RemoteServer,  # noqa: F811
) -> None:
    fields = [
        {"type": "PropertyValue", "name": "Area", "value": "Achterhoek"},
        {"type": "PropertyValue", "name": "Topic", "value": "water"},
    ]
    actor = remote.add("beken", kind="Group", fields=fields)
    group = await remote_actors.get_actor(settings, actor.id)
    assert isinstance(group, Group)
    assert (group.slug, group.title, group.area, group.topic) == (
        f"beken@{remote.host}", "Beken de Vries", "Achterhoek", Topic.WATER
    )  # fmt: skip
    assert group.followers_url == f"{actor.id}/followers"


async def test_key_lookup_by_key_id_is_cached_and_refetched_on_request(
    settings: Settings,
    remote: RemoteServer,  # noqa: F811
) -> None:
    actor = remote.add("jan")
    cache = remote_actors.KeyCache()
    key = await remote_actors.key_for(settings, actor.key_id, cache)
    assert key.owner == actor.id
    assert await remote_actors.key_for(settings, actor.key_id, cache) is key
    # A new process (empty cache) reads the stored row, without fetching.
    await remote_actors.key_for(settings, actor.key_id, remote_actors.KeyCache())
    assert remote.fetches == ["/users/jan"]
    actor.rotate()
    fresh = await remote_actors.key_for(settings, actor.key_id, cache, refresh=True)
    assert fresh is not key and len(remote.fetches) == 2


async def test_actor_older_than_a_day_is_refreshed(
    settings: Settings,
    remote: RemoteServer,  # noqa: F811
) -> None:
    actor = remote.add("jan")
    await remote_actors.get_actor(settings, actor.id)
    await User.filter(ap_id=actor.id).update(fetched_at=datetime.now(UTC) - timedelta(days=2))
    actor.fields = [{"type": "PropertyValue", "name": "Organisation", "value": "BoerenNatuur"}]
    person = await remote_actors.get_actor(settings, actor.id)
    assert person.organisation == "BoerenNatuur"  # type: ignore[union-attr]
    assert await User.filter(domain=remote.host).count() == 1


async def test_stale_actor_is_used_when_its_server_is_down(
    settings: Settings,
    remote: RemoteServer,  # noqa: F811
) -> None:
    actor = remote.add("jan")
    await remote_actors.get_actor(settings, actor.id)
    await User.filter(ap_id=actor.id).update(fetched_at=datetime.now(UTC) - timedelta(days=2))
    remote.raw["jan"] = {"not": "an actor"}
    assert (await remote_actors.get_actor(settings, actor.id)).ap_id == actor.id
    with pytest.raises(FetchError):
        await remote_actors.get_actor(settings, actor.id, refresh=True)


async def test_document_of_another_host_or_foreign_key_is_refused(
    settings: Settings,
    remote: RemoteServer,  # noqa: F811
) -> None:
    actor = remote.add("jan")
    remote.raw["jan"] = {**actor.document(), "id": "https://elsewhere.example/users/jan"}
    with pytest.raises(remote_actors.UnknownActor):
        await remote_actors.get_actor(settings, actor.id)
    document = actor.document()
    document["publicKey"]["owner"] = f"{remote.base}/users/piet"
    remote.raw["jan"] = document
    with pytest.raises(remote_actors.UnknownActor):
        await remote_actors.get_actor(settings, actor.id)
    assert not await User.filter(domain=remote.host).exists()


async def test_key_document_leads_to_its_owner(
    settings: Settings,
    remote: RemoteServer,  # noqa: F811
) -> None:
    actor = remote.add("jan")
    remote.raw["jan-key"] = {"id": f"{remote.base}/users/jan-key", "owner": actor.id,
                             "publicKeyPem": actor.public_pem}  # fmt: skip
    key = await remote_actors.key_for(
        settings, f"{remote.base}/users/jan-key", remote_actors.KeyCache()
    )
    assert key.owner == actor.id


async def test_own_actors_are_resolved_locally_never_stored(settings: Settings) -> None:
    anna = await make_user(settings, "anna")
    with pytest.raises(remote_actors.UnknownActor):
        await remote_actors.get_actor(settings, "http://testserver/u/anna")
    from federation.local_keys import ensure_keys

    await ensure_keys(anna)
    key = await remote_actors.key_for(
        settings, "http://testserver/u/anna#main-key", remote_actors.KeyCache()
    )
    assert key.owner == "http://testserver/u/anna"
    assert await User.all().count() == 1


async def test_resolve_handle_through_webfinger(
    settings: Settings,
    remote: RemoteServer,  # noqa: F811
) -> None:
    actor = remote.add("beken", kind="Group")
    group = await remote_actors.resolve_handle(settings, f"!beken@{remote.host}")
    assert isinstance(group, Group) and group.ap_id == actor.id
    with pytest.raises(FetchError):
        await remote_actors.resolve_handle(settings, f"nobody@{remote.host}")
    with pytest.raises(remote_actors.UnknownActor):
        await remote_actors.resolve_handle(settings, "not a handle")
