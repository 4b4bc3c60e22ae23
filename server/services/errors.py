"""The one error hierarchy that services raise; web and API turn it into pages and JSON.

Messages are English msgids marked with `N_` so that babel extracts them; the caller translates.
"""

from __future__ import annotations

from typing import Any


def N_(message: str) -> str:
    """Marks a message for translation; the caller translates it (gettext convention)."""
    return message


class ServiceError(Exception):
    status = 400
    code = "bad_request"

    def __init__(self, message: str, **params: Any) -> None:
        super().__init__(message)
        self.message = message
        self.params = params


class NotFound(ServiceError):
    status = 404
    code = "not_found"


class Forbidden(ServiceError):
    status = 403
    code = "forbidden"


class NotAuthenticated(ServiceError):
    status = 401
    code = "not_authenticated"


class Conflict(ServiceError):
    """The request clashes with the current state (reported twice, already decided)."""

    status = 409
    code = "conflict"


class RateLimited(ServiceError):
    status = 429
    code = "rate_limited"


class Invalid(ServiceError):
    """Input that breaks a rule; `fields` maps each field name to (message, params)."""

    status = 422
    code = "invalid"

    def __init__(self, fields: dict[str, tuple[str, dict[str, Any]]]) -> None:
        super().__init__(N_("Some fields need attention."))
        self.fields = fields


class FieldErrors:
    """Collects per-field problems; `raise_if_any()` raises one Invalid with all of them."""

    def __init__(self) -> None:
        self.fields: dict[str, tuple[str, dict[str, Any]]] = {}

    def add(self, field: str, message: str, **params: Any) -> None:
        self.fields.setdefault(field, (message, params))

    def text(self, field: str, value: str, *, max_length: int, required: bool = True) -> str:
        value = value.strip()
        if "\x00" in value:
            # No database stores NUL in text; it only reaches here from crafted input.
            self.add(field, N_("This contains a character that is not allowed."))
        elif required and not value:
            self.add(field, N_("Please fill this in."))
        elif len(value) > max_length:
            self.add(field, N_("This is too long: at most %(max)s characters."), max=max_length)
        return value

    def raise_if_any(self) -> None:
        if self.fields:
            raise Invalid(self.fields)
