"""The core flow of groups and discussions in English."""

from __future__ import annotations

import httpx

from server.config import Settings
from server.models import Membership, Post, Reply
from server.services import groups, posts
from tests.conftest import csrf_token, login, make_group, make_user

EN = {"accept-language": "en"}


async def test_core_flow_in_english(client: httpx.AsyncClient, settings: Settings) -> None:
    client.headers.update(EN)
    group = await make_group()
    anna = await make_user(settings, "anna", language="en")
    await groups.join(await make_user(settings, "bert", role="government"), group)

    directory = await client.get("/groups")
    assert '<html lang="en">' in directory.text
    assert "Area groups" in directory.text and "1 member" in directory.text
    assert "All topics" in directory.text and "nitrogen" in directory.text

    await login(client, "anna")
    token = await csrf_token(client, "/g/gelderse-vallei")
    joined = await client.post("/g/gelderse-vallei/join", data={"csrf_token": token})
    assert joined.status_code == 303
    page = await client.get("/g/gelderse-vallei")
    assert "You are now a member of this group." in page.text
    assert "About this group" in page.text and "2 members" in page.text
    assert "farmer: 1" in page.text and "government: 1" in page.text
    assert await Membership.filter(group_id=group.id, user_id=anna.id).exists()

    empty = await client.post(
        "/g/gelderse-vallei/new", data={"csrf_token": token, "title": "", "body": ""}
    )
    assert empty.status_code == 422
    assert "Please check these fields" in empty.text and "Please fill this in." in empty.text

    created = await client.post(
        "/g/gelderse-vallei/new",
        data={"csrf_token": token, "title": "Water levels", "body": "What do you **see**?"},
    )
    assert created.status_code == 303
    post = await Post.get(title="Water levels")
    page = await client.get(created.headers["location"])
    assert "Your post is published." in page.text
    assert "What do you <strong>see</strong>?" in page.text
    assert "Write a reply" in page.text and "No replies yet." in page.text

    replied = await client.post(f"/p/{post.id}/reply", data={"csrf_token": token, "body": "Low"})
    assert replied.status_code == 303
    reply = await Reply.get(post_id=post.id)
    answered = await client.post(
        f"/p/{post.id}/reply",
        data={"csrf_token": token, "body": "Really?", "parent": str(reply.id)},
    )
    assert answered.status_code == 303
    await posts.edit_post(anna, post, "Water levels", "Changed")
    page = await client.get(f"/p/{post.id}")
    assert "2 replies" in page.text and "In reply to" in page.text
    assert "· edited <time" in page.text

    deleted = await client.post(f"/p/{post.id}/delete", data={"csrf_token": token})
    assert deleted.status_code == 303
    page = await client.get(f"/p/{post.id}")
    assert "This post was deleted." in page.text and "Really?" in page.text

    missing = await client.get("/g/nope")
    assert missing.status_code == 404 and "This group does not exist." in missing.text


async def test_last_owner_leaving_refused_in_english(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    client.headers.update(EN)
    owner = await make_user(settings, "anna")
    group = await make_group(owner)
    await groups.join(await make_user(settings, "bert"), group)
    await login(client, "anna")
    token = await csrf_token(client, "/g/gelderse-vallei")
    response = await client.post("/g/gelderse-vallei/leave", data={"csrf_token": token})
    assert response.status_code == 403
    assert "You are the only owner. Make someone else owner first." in response.text
    assert await groups.membership(owner, group) is not None
