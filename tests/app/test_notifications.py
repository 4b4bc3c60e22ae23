"""E-mail notifications: opt-in, in the person's language, plain text and HTML, through a
durable queue, with a one-click unsubscribe; and the weekly digest, once per week."""

from __future__ import annotations

from datetime import timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import httpx
import pytest

from federation import publish
from federation.queue import run_due
from server.config import Settings
from server.models import Group, JobState, OutgoingMail, Post, User
from server.services import groups, notifications, posts
from server.services.clock import now
from server.services.mail_queue import MailMachine
from tests.conftest import csrf_token, login, make_group, make_user


@pytest.fixture(autouse=True)
def published(settings: Settings) -> None:
    publish.configure(settings)


async def _pair(settings: Settings, *, language: str | None = None) -> tuple[User, User]:
    anna = await make_user(settings, "anna", language=language)
    bert = await make_user(settings, "bert", organisation="Natuurmonumenten")
    group = await make_group(anna)
    await groups.join(bert, group)
    return anna, bert


def sent_mails(settings: Settings) -> list[EmailMessage]:
    files = sorted(Path(settings.mail_dir).glob("*.eml"), key=lambda p: p.stat().st_mtime_ns)
    return [
        message_from_bytes(f.read_bytes(), _class=EmailMessage, policy=policy.default)
        for f in files
    ]


def _part(message: EmailMessage, kind: str) -> str:
    body = message.get_body(preferencelist=(kind,))
    assert body is not None
    return str(body.get_content())


async def _deliver(settings: Settings) -> None:
    while await run_due(MailMachine(settings), now):
        pass


async def _group() -> Group:
    return await Group.get(slug="gelderse-vallei")


async def test_nothing_is_sent_unless_chosen(settings: Settings) -> None:
    anna, bert = await _pair(settings)
    post = await posts.create_post(anna, await _group(), "Meetavond", "Dinsdag.")
    await posts.create_reply(bert, post, "Goed idee.")
    assert await notifications.send_due_digests(settings) == 0
    assert not await OutgoingMail.exists()


async def test_a_reply_mails_the_author_who_asked_for_it(settings: Settings) -> None:
    anna, bert = await _pair(settings, language="en")
    await notifications.set_preferences(anna, {"replies"})
    post = await posts.create_post(anna, await _group(), "Meetavond", "Dinsdag.")
    reply = await posts.create_reply(bert, post, "Ik kom ook, met koffie.")
    await posts.create_reply(anna, post, "Fijn!")  # her own reply: no mail to herself
    queued = await OutgoingMail.get()
    assert queued.to_address == "anna@example.nl" and queued.state == JobState.QUEUED
    await _deliver(settings)
    [message] = sent_mails(settings)
    assert message["Subject"] == "Bert Jansen replied to your post"
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message["List-Unsubscribe"].startswith("<http://testserver/unsubscribe/")
    text, html = _part(message, "plain"), _part(message, "html")
    assert "Hello Anna Jansen," in text and "koffie" in text
    link = f"http://testserver/c/{reply.id}"
    assert link in text and f'href="{link}"' in html
    assert (await OutgoingMail.get()).state == JobState.DONE


async def test_mails_are_in_the_persons_language(settings: Settings) -> None:
    anna, bert = await _pair(settings, language="nl")
    await notifications.set_preferences(anna, {"replies"})
    post = await posts.create_post(anna, await _group(), "Meetavond", "Dinsdag.")
    await posts.create_reply(bert, post, "Ik kom.")
    await _deliver(settings)
    [message] = sent_mails(settings)
    assert message["Subject"] == "Bert Jansen heeft gereageerd op je bericht"


async def test_a_mail_server_that_is_away_is_tried_again(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from server.services import mail

    anna, bert = await _pair(settings)
    await notifications.set_preferences(anna, {"replies"})
    post = await posts.create_post(anna, await _group(), "Meetavond", "Dinsdag.")
    await posts.create_reply(bert, post, "Ik kom.")

    async def refuse(*args: object, **kwargs: object) -> bool:
        return False

    monkeypatch.setattr(mail, "send_mail", refuse)
    await run_due(MailMachine(settings), now)
    queued = await OutgoingMail.get()
    assert queued.state == JobState.RETRY and queued.attempts == 1
    assert sent_mails(settings) == []


async def test_one_click_unsubscribe_needs_no_login_and_only_switches_that_kind(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    anna, _ = await _pair(settings)
    await notifications.set_preferences(anna, {"replies", "digest"})
    link = notifications.unsubscribe_link(settings, anna, "replies")
    path = link.removeprefix("http://testserver")
    page = await client.get(path)
    assert page.status_code == 200 and (await User.get(id=anna.id)).notify_replies
    # What a mail program sends for one click (RFC 8058): no cookie, no CSRF token.
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    done = await client.post(path, content=b"List-Unsubscribe=One-Click", headers=form)
    assert done.status_code == 200
    stored = await User.get(id=anna.id)
    assert stored.notify_replies is False and stored.weekly_digest is True
    forged = await client.post(path[:-3] + "abc")
    assert forged.status_code == 404


async def test_preferences_page_saves_the_choice(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    await _pair(settings)
    await login(client, "anna")
    token = await csrf_token(client, "/settings/notifications")
    response = await client.post(
        "/settings/notifications", data={"csrf_token": token, "meetings": "on", "digest": "on"}
    )
    assert response.status_code == 303
    stored = await User.get(username="anna")
    assert (stored.notify_replies, stored.notify_meetings, stored.weekly_digest) == (
        False, True, True,
    )  # fmt: skip


async def test_the_weekly_digest_lists_new_posts_once_a_week(settings: Settings) -> None:
    anna, bert = await _pair(settings)
    await notifications.set_preferences(bert, {"digest"})
    await posts.create_post(anna, await _group(), "Metingen beek", "Nieuwe cijfers.")
    assert await notifications.send_due_digests(settings) == 1
    assert await notifications.send_due_digests(settings) == 0  # not twice in a week
    await _deliver(settings)
    [message] = sent_mails(settings)
    assert "Metingen beek" in _part(message, "plain")
    later = now() + timedelta(days=8)
    # A week later with nothing new: nothing is sent, but the week starts again.
    assert await notifications.send_due_digests(settings, later) == 0


async def test_unconfirmed_addresses_get_nothing(settings: Settings) -> None:
    anna = await make_user(settings, "anna", confirmed=False)
    bert = await make_user(settings, "bert")
    group = await make_group(bert)
    await notifications.set_preferences(anna, {"replies"})
    post = await Post.create(group=group, author=anna, title="t", body="b", body_html="b",
                             created_at=now())  # fmt: skip
    await groups.join(bert, group)
    await posts.create_reply(bert, post, "Hoi.")
    assert not await OutgoingMail.exists()


async def test_a_new_meeting_mails_members_who_asked_but_not_the_organiser(
    settings: Settings,
) -> None:
    from server.services import events
    from tests.app.test_events_service import form

    anna, bert = await _pair(settings)
    await notifications.set_preferences(anna, {"meetings"})
    await notifications.set_preferences(bert, {"meetings"})
    event = await events.create_event(anna, await _group(), form(title="Keukentafelgesprek"))
    await _deliver(settings)
    [message] = sent_mails(settings)
    assert message["To"] == "bert@example.nl"
    assert "Stikstof Gelderse Vallei" in message["Subject"]
    assert f"http://testserver/e/{event.id}" in _part(message, "plain")


async def test_the_author_hears_of_a_hide_and_of_the_restore(settings: Settings) -> None:
    from moderation import flags, review
    from tests.app.moderation_setup import scene

    s = await scene(settings)
    await notifications.set_preferences(s.author, {"moderation"})
    for member in s.members[:3]:
        await flags.record(settings, member, "post", s.post.id, s.rule.id)
    await review.restore(s.owner, "post", s.post.id, "Past binnen de regels.")
    await _deliver(settings)
    subjects = [m["Subject"] for m in sent_mails(settings)]
    assert subjects == ["Je bericht is verborgen na meldingen", "Je bericht is weer te zien"]
    assert all(m["To"] == s.author.email for m in sent_mails(settings))
    # The mail says what was reported, never who reported it.
    text = _part(sent_mails(settings)[0], "plain")
    assert "Mest en water" in text and s.members[0].name not in text
