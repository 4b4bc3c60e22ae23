"""Inbox handlers: one module per activity type, each `parse → verify → apply`.

A handler receives the parsed activity (its signature, digest and the signer's ownership of the
actor were checked when it arrived) and a context; it verifies what only it can (who may do this
to that object), then applies the change through services, idempotently: the same activity twice
has the effect of once. `Rejected` means "never apply this" (the message ends `dead` with the
reason); any other exception means "try again later".
"""

from __future__ import annotations

import importlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from federation import vocab
from federation.urls import Urls
from server.config import Settings

if TYPE_CHECKING:
    from server.models import InboxMessage

# Every handler module; importing one registers its handlers.
MODULES = (
    "follow", "undo", "accept", "like", "delete", "flag", "create", "announce", "rsvp",
)  # fmt: skip


class Rejected(Exception):
    """The activity is understood and refused for good (not allowed, not addressed to us...)."""


@dataclass(frozen=True)
class Context:
    settings: Settings
    urls: Urls
    message: InboxMessage


Handler = Callable[[Context, vocab.Activity], Awaitable[None]]
_HANDLERS: dict[str, Handler] = {}


def handles(*types: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        for kind in types:
            if kind in _HANDLERS:
                raise RuntimeError(f"two handlers for {kind}")
            _HANDLERS[kind] = handler
        return handler

    return register


def load() -> dict[str, Handler]:
    for name in MODULES:
        importlib.import_module(f"federation.handlers.{name}")
    return _HANDLERS


async def apply(context: Context, activity: vocab.Activity) -> None:
    handler = load().get(activity.type)
    if handler is None:
        raise Rejected(f"{activity.type} activities are not handled here")
    await handler(context, activity)
