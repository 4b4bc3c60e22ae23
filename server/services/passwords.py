"""Password hashing with Argon2, off the event loop.

One Argon2 hash takes a CPU core for ~0.3 s and 64 MiB of memory. Run on the event loop it
would stall every other request for that long; so each runs in a thread, and at most about one
per CPU at a time, so that a burst of logins cannot exhaust memory.
"""

from __future__ import annotations

import asyncio
import os
import weakref
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

SLOTS = max(1, os.cpu_count() or 1)

_hasher = PasswordHasher()
_slots: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] = (
    weakref.WeakKeyDictionary()
)


def _slot() -> asyncio.Semaphore:
    # One per event loop: a semaphore belongs to the loop that first waits on it.
    loop = asyncio.get_running_loop()
    if loop not in _slots:
        _slots[loop] = asyncio.Semaphore(SLOTS)
    return _slots[loop]


async def hash_password(password: str) -> str:
    async with _slot():
        return await asyncio.to_thread(_hasher.hash, password)


async def verify_password(password_hash: str, password: str) -> bool:
    async with _slot():
        return await asyncio.to_thread(_verify, password_hash, password)


async def verify_dummy(password: str) -> None:
    """The work of checking a wrong password, for logins of accounts that do not exist: then
    the time of the answer does not tell whether an account exists."""
    async with _slot():
        await asyncio.to_thread(lambda: _verify(_dummy_hash(), password))


def needs_rehash(password_hash: str) -> bool:
    return _hasher.check_needs_rehash(password_hash)


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


@cache
def _dummy_hash() -> str:
    return _hasher.hash("not a real password")
