"""The declared-size check every form with files passes before a byte of its body is read."""

from __future__ import annotations

import pytest
from starlette.requests import Request

from server.files import upload_form


def _request(content_length: str | None) -> Request:
    headers = [] if content_length is None else [(b"content-length", content_length.encode())]
    return Request({"type": "http", "method": "POST", "path": "/", "headers": headers})


@pytest.mark.parametrize("declared", [None, "", "abc", "-1", "1.5", " 10", "²", "9" * 16])
def test_a_missing_or_odd_length_is_required(declared: str | None) -> None:
    with pytest.raises(upload_form.LengthRequired):
        upload_form.check_declared_size(_request(declared), limit=100)


def test_a_length_over_the_limit_is_refused_and_at_the_limit_allowed() -> None:
    with pytest.raises(upload_form.BodyTooLarge):
        upload_form.check_declared_size(_request("101"), limit=100)
    upload_form.check_declared_size(_request("100"), limit=100)
    upload_form.check_declared_size(_request("0"), limit=100)
