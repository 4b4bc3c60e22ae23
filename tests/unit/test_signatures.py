"""HTTP signatures: the draft-cavage-12 appendix C vectors, and every way a request can fail."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, padding, rsa

from federation import signatures as sig
from federation.errors import (
    BadDigest,
    BadSignature,
    DateOutOfRange,
    InvalidKey,
    MalformedSignature,
    MissingHeader,
    SignatureError,
    UnsupportedAlgorithm,
)

# draft-cavage-http-signatures-12, appendix C: the 1024-bit test key, the request of
# section 2.1.1 / C, and the published signatures of C.1 (Default), C.2 (Basic) and
# C.3 (All Headers). PKCS#1 v1.5 is deterministic, so signing must give exactly these bytes.
CAVAGE_PRIVATE_KEY = """-----BEGIN RSA PRIVATE KEY-----
MIICXgIBAAKBgQDCFENGw33yGihy92pDjZQhl0C36rPJj+CvfSC8+q28hxA161QF
NUd13wuCTUcq0Qd2qsBe/2hFyc2DCJJg0h1L78+6Z4UMR7EOcpfdUE9Hf3m/hs+F
UR45uBJeDK1HSFHD8bHKD6kv8FPGfJTotc+2xjJwoYi+1hqp1fIekaxsyQIDAQAB
AoGBAJR8ZkCUvx5kzv+utdl7T5MnordT1TvoXXJGXK7ZZ+UuvMNUCdN2QPc4sBiA
QWvLw1cSKt5DsKZ8UETpYPy8pPYnnDEz2dDYiaew9+xEpubyeW2oH4Zx71wqBtOK
kqwrXa/pzdpiucRRjk6vE6YY7EBBs/g7uanVpGibOVAEsqH1AkEA7DkjVH28WDUg
f1nqvfn2Kj6CT7nIcE3jGJsZZ7zlZmBmHFDONMLUrXR/Zm3pR5m0tCmBqa5RK95u
412jt1dPIwJBANJT3v8pnkth48bQo/fKel6uEYyboRtA5/uHuHkZ6FQF7OUkGogc
mSJluOdc5t6hI1VsLn0QZEjQZMEOWr+wKSMCQQCC4kXJEsHAve77oP6HtG/IiEn7
kpyUXRNvFsDE0czpJJBvL/aRFUJxuRK91jhjC68sA7NsKMGg5OXb5I5Jj36xAkEA
gIT7aFOYBFwGgQAQkWNKLvySgKbAZRTeLBacpHMuQdl1DfdntvAyqpAZ0lY0RKmW
G6aFKaqQfOXKCyWoUiVknQJAXrlgySFci/2ueKlIE1QqIiLSZ8V8OlpFLRnb1pzI
7U1yQXnTAEFYM560yJlzUpOb1V4cScGd365tiSMvxLOvTA==
-----END RSA PRIVATE KEY-----"""
CAVAGE_PUBLIC_KEY = """-----BEGIN PUBLIC KEY-----
MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDCFENGw33yGihy92pDjZQhl0C3
6rPJj+CvfSC8+q28hxA161QFNUd13wuCTUcq0Qd2qsBe/2hFyc2DCJJg0h1L78+6
Z4UMR7EOcpfdUE9Hf3m/hs+FUR45uBJeDK1HSFHD8bHKD6kv8FPGfJTotc+2xjJw
oYi+1hqp1fIekaxsyQIDAQAB
-----END PUBLIC KEY-----"""
CAVAGE_BODY = b'{"hello": "world"}'
CAVAGE_HEADERS = {
    "Host": "example.com",
    "Date": "Sun, 05 Jan 2014 21:31:40 GMT",
    "Content-Type": "application/json",
    "Digest": "SHA-256=X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=",
    "Content-Length": "18",
}
CAVAGE_PATH = "/foo?param=value&pet=dog"
CAVAGE_NOW = datetime(2014, 1, 5, 21, 31, 40, tzinfo=UTC)
C1_DEFAULT = (
    "SjWJWbWN7i0wzBvtPl8rbASWz5xQW6mcJmn+ibttBqtifLN7Sazz6m79cNfwwb8DMJ5cou1s7uEGKKCs+FLEEaDV5lp"
    "7q25WqS+lavg7T8hc0GppauB6hbgEKTwblDHYGEtbGmtdHgVCk9SuS13F0hZ8FD0k/5OxEPXe5WozsbM="
)
C2_BASIC = (
    "qdx+H7PHHDZgy4y/Ahn9Tny9V3GP6YgBPyUXMmoxWtLbHpUnXS2mg2+SbrQDMCJypxBLSPQR2aAjn7ndmw2iicw3HMbe"
    "8VfEdKFYRqzic+efkb3nndiv/x1xSHDJWeSWkx3ButlYSuBskLu6kd9Fswtemr3lgdDEmn04swr2Os0="
)
# C.3 lists (created) and (expires) in its header line, but the published signature covers
# only the six real headers (a known erratum of draft 12; every implementation tests it so).
C3_ALL_HEADERS = (
    "vSdrb+dS3EceC9bcwHSo4MlyKS59iFIrhgYkz8+oVLEEzmYZZvRs8rgOp+63LEM3v+MFHB32NfpB2bEKBIvB1q52LaEU"
    "HFv120V01IL+TAD48XaERZFukWgHoBTLMhYS2Gb51gWxpeIq8knRmPnYePbF5MOkR0Zkly4zKH7s1dE="
)

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
KEY = sig.generate_private_key()
OTHER_KEY = sig.generate_private_key()
INBOX = "https://polder.example/inbox"
BODY = b'{"type": "Follow"}'


def cavage_key() -> rsa.RSAPrivateKey:
    return sig.load_private_key(CAVAGE_PRIVATE_KEY)


def sign_cavage(names: tuple[str, ...]) -> str:
    params = sig.SignatureParams(key_id="Test", signature=b"", headers=names)
    text = sig.signing_string("POST", CAVAGE_PATH, CAVAGE_HEADERS, params)
    raw = cavage_key().sign(text.encode(), padding.PKCS1v15(), hashes.SHA256())
    return base64.b64encode(raw).decode()


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (("date",), C1_DEFAULT),
        (("(request-target)", "host", "date"), C2_BASIC),
        (
            ("(request-target)", "host", "date", "content-type", "digest", "content-length"),
            C3_ALL_HEADERS,
        ),
    ],
)
def test_signing_reproduces_published_cavage_vectors(names: tuple[str, ...], expected: str) -> None:
    assert sign_cavage(names) == expected


def test_published_digest_matches_body() -> None:
    assert sig.body_digest(CAVAGE_BODY) == CAVAGE_HEADERS["Digest"]


def test_basic_vector_verifies_but_fails_our_policy_without_digest() -> None:
    header = (
        'keyId="Test",algorithm="rsa-sha256",headers="(request-target) host date",'
        f'signature="{C2_BASIC}"'
    )
    request = sig.IncomingRequest(
        method="POST",
        path=CAVAGE_PATH,
        headers={**CAVAGE_HEADERS, "Signature": header},
        body=CAVAGE_BODY,
    )
    public = sig.load_public_key(CAVAGE_PUBLIC_KEY, min_bits=1024)
    # Cryptographically valid...
    sig.verify_signature(request, sig.read_signature(request), public)
    # ...but a POST whose digest is not signed could carry any body.
    with pytest.raises(MissingHeader) as caught:
        sig.check_request(request, now=CAVAGE_NOW)
    assert caught.value.header == "digest"


def test_all_headers_vector_passes_full_verification() -> None:
    header = (
        'keyId="Test",algorithm="rsa-sha256",'
        'headers="(request-target) host date content-type digest content-length",'
        f'signature="{C3_ALL_HEADERS}"'
    )
    request = sig.IncomingRequest(
        method="POST",
        path=CAVAGE_PATH,
        headers={**CAVAGE_HEADERS, "Signature": header},
        body=CAVAGE_BODY,
    )
    public = sig.load_public_key(CAVAGE_PUBLIC_KEY, min_bits=1024)
    assert sig.verify_request(request, public, now=CAVAGE_NOW) == "Test"


def test_cavage_key_is_too_weak_by_default() -> None:
    with pytest.raises(InvalidKey):
        sig.load_public_key(CAVAGE_PUBLIC_KEY)


# Round trips with our own signer ------------------------------------------------------------


def signed(
    method: str = "POST",
    url: str = INBOX,
    body: bytes | None = BODY,
    key: rsa.RSAPrivateKey = KEY,
    when: datetime = NOW,
) -> sig.IncomingRequest:
    headers = sig.sign_request(
        method=method, url=url, key_id="https://a.example/u/anna#main-key",
        private_key=key, now=when, body=body,
    )  # fmt: skip
    return sig.IncomingRequest(
        method=method, path=sig.request_target(url), headers=headers, body=body or b""
    )


def replace_header(request: sig.IncomingRequest, **changes: str) -> sig.IncomingRequest:
    headers = {k: v for k, v in request.headers.items() if k.lower() not in changes}
    headers.update({k.replace("_", "-"): v for k, v in changes.items()})
    return sig.IncomingRequest(
        method=request.method, path=request.path, headers=headers, body=request.body
    )


def test_post_round_trip_returns_key_id() -> None:
    request = signed()
    assert request.header("digest") == sig.body_digest(BODY)
    assert 'headers="(request-target) host date digest"' in (request.header("signature") or "")
    assert sig.verify_request(request, KEY.public_key(), now=NOW) == (
        "https://a.example/u/anna#main-key"
    )


def test_get_signs_without_digest() -> None:
    request = signed(method="GET", url="https://b.example/g/veen?page=2", body=None)
    assert request.header("digest") is None
    assert request.header("host") == "b.example"
    assert 'headers="(request-target) host date"' in (request.header("signature") or "")
    assert sig.verify_request(request, KEY.public_key(), now=NOW)


def test_host_header_keeps_non_default_port() -> None:
    assert sig.host_header("http://127.0.0.1:8001/inbox") == "127.0.0.1:8001"
    assert sig.host_header("https://Example.COM:443/x") == "example.com"
    assert sig.host_header("http://[::1]:8001/x") == "[::1]:8001"


def test_tampered_body_is_a_bad_digest() -> None:
    request = signed()
    tampered = sig.IncomingRequest(
        method="POST", path=request.path, headers=request.headers, body=b'{"type": "Delete"}'
    )
    with pytest.raises(BadDigest):
        sig.verify_request(tampered, KEY.public_key(), now=NOW)


def test_replaced_digest_header_breaks_signature() -> None:
    request = signed()
    body = b'{"type": "Delete"}'
    forged = replace_header(request, Digest=sig.body_digest(body))
    forged = sig.IncomingRequest(method="POST", path=forged.path, headers=forged.headers, body=body)
    with pytest.raises(BadSignature):
        sig.verify_request(forged, KEY.public_key(), now=NOW)


def test_wrong_key_is_a_bad_signature() -> None:
    with pytest.raises(BadSignature):
        sig.verify_request(signed(), OTHER_KEY.public_key(), now=NOW)


def test_other_path_is_a_bad_signature() -> None:
    request = signed()
    moved = sig.IncomingRequest(
        method="POST", path="/u/anna/inbox", headers=request.headers, body=request.body
    )
    with pytest.raises(BadSignature):
        sig.verify_request(moved, KEY.public_key(), now=NOW)


def test_other_host_is_a_bad_signature() -> None:
    with pytest.raises(BadSignature):
        sig.verify_request(replace_header(signed(), Host="c.example"), KEY.public_key(), now=NOW)


@pytest.mark.parametrize(
    ("offset", "ok"),
    [
        (timedelta(hours=1, minutes=5), True),
        (timedelta(hours=1, minutes=5, seconds=1), False),
        (-timedelta(hours=1), True),
        (-timedelta(hours=1, seconds=1), False),
    ],
)
def test_clock_window(offset: timedelta, ok: bool) -> None:
    request = signed(when=NOW - offset)
    if ok:
        sig.verify_request(request, KEY.public_key(), now=NOW)
    else:
        with pytest.raises(DateOutOfRange):
            sig.verify_request(request, KEY.public_key(), now=NOW)


def test_clock_window_is_a_parameter() -> None:
    request = signed(when=NOW - timedelta(minutes=10))
    with pytest.raises(DateOutOfRange):
        sig.verify_request(request, KEY.public_key(), now=NOW, max_age=timedelta(minutes=5))


def test_unparseable_date_is_refused() -> None:
    with pytest.raises(DateOutOfRange):
        sig.check_request(replace_header(signed(), Date="yesterday"), now=NOW)


def test_expired_signature_parameter_is_refused() -> None:
    request = _with_signature(signed(), expires=str(int((NOW - timedelta(seconds=1)).timestamp())))
    with pytest.raises(DateOutOfRange):
        sig.check_request(request, now=NOW)


def _with_signature(request: sig.IncomingRequest, **extra: str) -> sig.IncomingRequest:
    value = request.header("signature") or ""
    value += "".join(f",{name}={number}" for name, number in extra.items())
    return replace_header(request, Signature=value)


@pytest.mark.parametrize("missing", ["(request-target)", "host", "date", "digest"])
def test_each_required_header_must_be_signed(missing: str) -> None:
    request = signed()
    names = [n for n in ("(request-target)", "host", "date", "digest") if n != missing]
    params = sig.SignatureParams(key_id="k", signature=b"", headers=tuple(names))
    text = sig.signing_string("POST", request.path, request.headers, params)
    raw = KEY.sign(text.encode(), padding.PKCS1v15(), hashes.SHA256())
    header = f'keyId="k",headers="{" ".join(names)}",signature="{base64.b64encode(raw).decode()}"'
    with pytest.raises(MissingHeader) as caught:
        sig.verify_request(replace_header(request, Signature=header), KEY.public_key(), now=NOW)
    assert caught.value.header == missing


def test_signed_header_that_is_absent_is_missing() -> None:
    request = signed()
    headers = {k: v for k, v in request.headers.items() if k != "Digest"}
    stripped = sig.IncomingRequest(method="POST", path=request.path, headers=headers, body=BODY)
    with pytest.raises(MissingHeader):
        sig.verify_request(stripped, KEY.public_key(), now=NOW)


def test_no_signature_header_is_missing() -> None:
    request = sig.IncomingRequest(method="POST", path="/inbox", headers={"Date": "x"}, body=BODY)
    with pytest.raises(MissingHeader):
        sig.check_request(request, now=NOW)


def test_authorization_signature_form_is_read() -> None:
    request = signed(method="GET", body=None)
    value = request.header("signature") or ""
    headers = {k: v for k, v in request.headers.items() if k != "Signature"}
    moved = sig.IncomingRequest(
        method="GET", path=request.path, headers={**headers, "Authorization": f"Signature {value}"}
    )
    assert sig.verify_request(moved, KEY.public_key(), now=NOW)


@pytest.mark.parametrize("algorithm", ["hs2019", "RSA-SHA256"])
def test_hs2019_and_case_are_accepted(algorithm: str) -> None:
    request = signed()
    value = (request.header("signature") or "").replace("rsa-sha256", algorithm)
    assert sig.verify_request(replace_header(request, Signature=value), KEY.public_key(), now=NOW)


@pytest.mark.parametrize("algorithm", ["hmac-sha256", "rsa-sha1", "ed25519"])
def test_other_algorithms_are_unsupported(algorithm: str) -> None:
    request = signed()
    value = (request.header("signature") or "").replace("rsa-sha256", algorithm)
    with pytest.raises(UnsupportedAlgorithm):
        sig.check_request(replace_header(request, Signature=value), now=NOW)


def test_non_rsa_public_key_is_unsupported() -> None:
    pem = serialization.Encoding.PEM
    raw = ed25519.Ed25519PrivateKey.generate().public_key()
    text = raw.public_bytes(pem, serialization.PublicFormat.SubjectPublicKeyInfo).decode()
    with pytest.raises(UnsupportedAlgorithm):
        sig.load_public_key(text)


@pytest.mark.parametrize(
    "value",
    [
        'keyId="k",signature="not base64!"',
        'algorithm="rsa-sha256",signature="AAAA"',
        'keyId="k",headers="date"',
        'keyId="k",keyId="j",signature="AAAA"',
        'keyId="k" signature="AAAA"',
        'keyId="k",signature="AAAA",created=soon',
        'keyId="k",headers="",signature="AAAA"',
    ],
)
def test_malformed_signature_headers(value: str) -> None:
    with pytest.raises(MalformedSignature):
        sig.parse_signature_header(value)


def test_parser_is_tolerant_of_order_spacing_and_case() -> None:
    params = sig.parse_signature_header(
        ' signature = "AAAA" , HEADERS="(Request-Target) Host",keyId="https://x.example/a#k,1",'
        "created=1402170695"
    )
    assert params.key_id == "https://x.example/a#k,1"
    assert params.headers == ("(request-target)", "host")
    assert params.signature == b"\x00\x00\x00"
    assert params.created == 1402170695


def test_created_parameter_is_signed_and_checked() -> None:
    created = int(NOW.timestamp())
    names = ("(request-target)", "(created)", "host", "date", "digest")
    request = signed()
    params = sig.SignatureParams(key_id="k", signature=b"", headers=names, created=created)
    text = sig.signing_string("POST", request.path, request.headers, params)
    raw = base64.b64encode(KEY.sign(text.encode(), padding.PKCS1v15(), hashes.SHA256()))
    header = f'keyId="k",algorithm="hs2019",created={created},headers="{" ".join(names)}",'
    header += f'signature="{raw.decode()}"'
    good = replace_header(request, Signature=header)
    assert sig.verify_request(good, KEY.public_key(), now=NOW) == "k"
    with pytest.raises(DateOutOfRange):
        sig.verify_request(good, KEY.public_key(), now=NOW + timedelta(hours=2))


def test_content_digest_may_replace_digest() -> None:
    request = signed()
    names = ("(request-target)", "host", "date", "content-digest")
    headers = {**request.headers, "Content-Digest": sig.content_digest(BODY)}
    params = sig.SignatureParams(key_id="k", signature=b"", headers=names)
    text = sig.signing_string("POST", request.path, headers, params)
    raw = base64.b64encode(KEY.sign(text.encode(), padding.PKCS1v15(), hashes.SHA256()))
    headers["Signature"] = f'keyId="k",headers="{" ".join(names)}",signature="{raw.decode()}"'
    good = sig.IncomingRequest(method="POST", path=request.path, headers=headers, body=BODY)
    assert sig.verify_request(good, KEY.public_key(), now=NOW) == "k"
    bad = sig.IncomingRequest(method="POST", path=request.path, headers=headers, body=b"{}")
    with pytest.raises(BadDigest):
        sig.verify_request(bad, KEY.public_key(), now=NOW)


def test_digest_checks() -> None:
    sig.check_digest(sig.body_digest(BODY), BODY)
    sig.check_digest("sha-256=" + sig.body_digest(BODY).split("=", 1)[1], BODY)
    sig.check_content_digest(sig.content_digest(BODY), BODY)
    for bad in ("MD5=abc", "SHA-256=!!!", "SHA-256=" + sig.body_digest(b"x")[8:], ""):
        with pytest.raises(BadDigest):
            sig.check_digest(bad, BODY)
    with pytest.raises(BadDigest):
        sig.check_content_digest("sha-256=AAAA", BODY)


def test_repeated_headers_are_joined_as_the_draft_says() -> None:
    class Multi(dict[str, str]):
        def items(self):  # type: ignore[override]
            return [("X-A", "one"), ("x-a", "two ")]

    params = sig.SignatureParams(key_id="k", signature=b"", headers=("x-a",))
    assert sig.signing_string("GET", "/", Multi(), params) == "x-a: one, two"


def test_every_failure_is_a_signature_error() -> None:
    for error in (BadDigest, BadSignature, DateOutOfRange, MalformedSignature, MissingHeader):
        assert issubclass(error, SignatureError)
    assert issubclass(UnsupportedAlgorithm, SignatureError)


def test_key_pem_round_trip_and_bad_pem() -> None:
    private_pem, public_pem = sig.generate_key_pair()
    private = sig.load_private_key(private_pem)
    public = sig.load_public_key(public_pem)
    assert public.public_numbers() == private.public_key().public_numbers()
    assert private.key_size == 2048
    assert sig.public_key_to_pem(private) == public_pem
    with pytest.raises(InvalidKey):
        sig.load_private_key("-----BEGIN PRIVATE KEY-----\nnope\n-----END PRIVATE KEY-----")
    with pytest.raises(InvalidKey):
        sig.load_public_key("not a key")


def test_request_signer_uses_its_clock() -> None:
    signer = sig.RequestSigner("https://a.example/actor#main-key", KEY, clock=lambda: NOW)
    headers = signer("GET", "https://b.example/u/bob", None)
    assert headers["Date"] == "Tue, 24 Nov 2026 12:00:00 GMT"
    request = sig.IncomingRequest(method="GET", path="/u/bob", headers=headers)
    assert sig.verify_request(request, KEY.public_key(), now=NOW) == (
        "https://a.example/actor#main-key"
    )
