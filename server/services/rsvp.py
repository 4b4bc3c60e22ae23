"""Answers to a meeting: going, maybe, not going; changing and withdrawing them; the waiting
list; who comes.

Capacity holds under concurrent answers because a seat is taken by one conditional UPDATE
(`going_count < capacity`) on the event row, inside the transaction that stores the answer:
whoever's UPDATE changes no row is put on the waiting list. On PostgreSQL the event row is also
locked first, so the answers to one event are applied one after another; on SQLite every
transaction already runs alone. When a seat frees up, the first person waiting gets it in the
same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tortoise.expressions import F, Q

from federation import event_publish, publish
from server import db
from server.models import Event, Rsvp, RsvpStatus, User
from server.services import groups as group_service
from server.services.clock import now
from server.services.errors import N_, Forbidden, Invalid

STATUSES = tuple(status.value for status in RsvpStatus)
MAX_PROMOTED = 100_000  # the largest capacity
PERSON_FIELDS = ("user__username", "user__name", "user__organisation", "user__role",
                 "user__domain")  # fmt: skip


@dataclass(frozen=True)
class Change:
    """What an answer did: the answer now stored (None when withdrawn) and whoever got a seat
    from the waiting list because of it."""

    rsvp: Rsvp | None
    promoted: Rsvp | None = None


def parse_status(value: str) -> RsvpStatus:
    if value not in STATUSES:
        raise Invalid({"status": (N_("Choose going, maybe or not going."), {})})
    return RsvpStatus(value)


def is_confirmed(rsvp: Rsvp | None) -> bool:
    return rsvp is not None and rsvp.status == RsvpStatus.GOING and rsvp.waitlisted_at is None


def _open_for_answers(event: Event) -> None:
    if event.cancelled_at is not None:
        raise Forbidden(N_("This meeting is cancelled. You cannot answer any more."))
    if event.ends_at <= now():
        raise Forbidden(N_("This meeting is over. You cannot answer any more."))


async def _require_member(user: User, event: Event) -> None:
    if user.email_confirmed_at is None:
        raise Forbidden(N_("Please confirm your e-mail address first."))
    member = await group_service.membership(user, await event.group)
    if member is None or not member.accepted:
        raise Forbidden(N_("Join the group to answer."))


async def _locked_event(event_id: int) -> Event:
    query = Event.filter(id=event_id)
    if db.dialect() == "postgres":
        query = query.select_for_update()
    return await query.get()


async def _take_seat(event_id: int) -> bool:
    taken = await Event.filter(
        Q(capacity__isnull=True) | Q(going_count__lt=F("capacity")), id=event_id
    ).update(going_count=F("going_count") + 1)
    return bool(taken)


async def _free_seat(event_id: int) -> Rsvp | None:
    """Gives the seat back and, when someone waits, to the first of them."""
    await Event.filter(id=event_id, going_count__gt=0).update(going_count=F("going_count") - 1)
    waiting = (
        await Rsvp.filter(event_id=event_id, status=RsvpStatus.GOING, waitlisted_at__isnull=False)
        .order_by("waitlisted_at", "id")
        .first()
    )
    if waiting is None or not await _take_seat(event_id):
        return None
    waiting.waitlisted_at, waiting.updated_at = None, now()
    await waiting.save(update_fields=["waitlisted_at", "updated_at"])
    return waiting


async def fill_seats(event_id: int) -> list[Rsvp]:
    """After the capacity grew: seats go to the people waiting, first come first; in the
    caller's transaction."""
    promoted: list[Rsvp] = []
    waiting = (
        await Rsvp.filter(event_id=event_id, status=RsvpStatus.GOING, waitlisted_at__isnull=False)
        .order_by("waitlisted_at", "id")
        .limit(MAX_PROMOTED)
    )
    for rsvp in waiting:
        if not await _take_seat(event_id):
            break
        rsvp.waitlisted_at, rsvp.updated_at = None, now()
        await rsvp.save(update_fields=["waitlisted_at", "updated_at"])
        promoted.append(rsvp)
    return promoted


async def _store(
    event: Event, user: User, status: RsvpStatus, ap_id: str | None, pending: bool
) -> Change:
    """One answer, in the caller's transaction, the event row already locked."""
    moment = now()
    existing = await Rsvp.get_or_none(event_id=event.id, user_id=user.id)
    had_seat = is_confirmed(existing)
    promoted = None
    waitlisted_at = existing.waitlisted_at if existing is not None else None
    if event.ap_id is not None:
        # Another instance's event: its organiser's instance keeps the seats and says
        # (Accept or Reject) whether there is one; nothing is counted here.
        waitlisted_at = waitlisted_at if status == RsvpStatus.GOING else None
    elif status == RsvpStatus.GOING:
        if not had_seat and waitlisted_at is None:
            waitlisted_at = None if await _take_seat(event.id) else moment
    else:
        waitlisted_at = None
        if had_seat:
            promoted = await _free_seat(event.id)
    if existing is None:
        rsvp = await Rsvp.create(
            event_id=event.id, user_id=user.id, status=status, waitlisted_at=waitlisted_at,
            pending=pending, created_at=moment, updated_at=moment, ap_id=ap_id,
        )  # fmt: skip
    else:
        existing.status, existing.waitlisted_at, existing.updated_at = status, waitlisted_at, moment
        existing.pending = pending
        existing.ap_id = ap_id or existing.ap_id
        await existing.save()
        rsvp = existing
    return Change(rsvp=rsvp, promoted=promoted)


async def answer(user: User, event: Event, status: str) -> Change:
    """A local person's answer (a member of the event's group)."""
    chosen = parse_status(status)
    _open_for_answers(event)
    await _require_member(user, event)
    remote = event.ap_id is not None
    async with publish.transaction():
        locked = await _locked_event(event.id)
        _open_for_answers(locked)
        # For an event of another instance the organiser's instance decides; until it
        # answers, the answer here is marked pending.
        change = await _store(locked, user, chosen, None, pending=remote)
        await event_publish.answered(event, change)
    return change


async def withdraw(user: User, event: Event) -> Change:
    """Takes the answer back; a seat it held goes to the first person waiting."""
    async with publish.transaction():
        await _locked_event(event.id)
        change = await _withdraw(event, user)
        await event_publish.withdrawn(event, user, change)
    return change


async def _withdraw(event: Event, user: User) -> Change:
    existing = await Rsvp.get_or_none(event_id=event.id, user_id=user.id)
    if existing is None:
        return Change(rsvp=None)
    held_seat = is_confirmed(existing) and event.ap_id is None
    promoted = await _free_seat(event.id) if held_seat else None
    await existing.delete()
    return Change(rsvp=None, promoted=promoted)


async def withdraw_everything(user: User) -> None:
    """Every answer of a person who deletes their account, seats passed on to those waiting
    (call inside the caller's transaction)."""
    for existing in await Rsvp.filter(user_id=user.id).select_related("event"):
        await _withdraw(existing.event, user)


# Answers that arrive from other instances (federation handlers) ------------------------------


async def remote_answer(person: User, event: Event, status: RsvpStatus, ap_id: str) -> Change:
    """A person of another instance answers one of our events. No membership is needed:
    events are public, and Mobilizon's participants do not join the group."""
    _open_for_answers(event)
    async with db.transaction():
        locked = await _locked_event(event.id)
        return await _store(locked, person, status, ap_id, pending=False)


async def remote_withdraw(person: User, event: Event) -> Change:
    async with db.transaction():
        await _locked_event(event.id)
        return await _withdraw(event, person)


async def settle(rsvp_id: int, *, accepted: bool) -> None:
    """The organiser's instance answered a local person's answer: Accept confirms it, a
    Reject of "going" means no seat (waiting list there)."""
    async with db.transaction():
        rsvp = await Rsvp.get_or_none(id=rsvp_id)
        if rsvp is None:
            return
        rsvp.pending = False
        if not accepted and rsvp.status == RsvpStatus.GOING:
            rsvp.waitlisted_at = rsvp.waitlisted_at or now()
        elif accepted:
            rsvp.waitlisted_at = None
        await rsvp.save(update_fields=["pending", "waitlisted_at"])


# Reading -------------------------------------------------------------------------------------


async def mine(user: User | None, event: Event) -> Rsvp | None:
    if user is None:
        return None
    return await Rsvp.get_or_none(event_id=event.id, user_id=user.id)


async def attendees(event: Event) -> dict[str, list[dict[str, Any]]]:
    """Who answered, with names and organisations: going, waiting, maybe, not going; each
    list in the order people answered."""
    rows = (
        await Rsvp.filter(event_id=event.id)
        .order_by("created_at", "id")
        .values("status", "waitlisted_at", "pending", *PERSON_FIELDS)
    )
    lists: dict[str, list[dict[str, Any]]] = {
        "going": [], "waiting": [], "maybe": [], "not_going": [],
    }  # fmt: skip
    for row in rows:
        key = row["status"]
        if key == RsvpStatus.GOING and row["waitlisted_at"] is not None:
            key = "waiting"
        lists[str(key)].append(row)
    lists["waiting"].sort(key=lambda row: row["waitlisted_at"])
    return lists


async def counts(event: Event) -> dict[str, int]:
    lists = await attendees(event)
    return {key: len(value) for key, value in lists.items()}
