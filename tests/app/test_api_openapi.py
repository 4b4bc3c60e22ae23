"""The OpenAPI document: valid OpenAPI 3.1, and complete against the app's own route table."""

from __future__ import annotations

import re
from typing import Any

import httpx
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate
from starlette.routing import Mount, Route

from server.app import create_app
from server.config import Settings
from server.models import User
from server.services import accounts, groups, posts, rules
from server.services import posts as post_service
from tests.conftest import api_headers, make_group

CONVERTOR = re.compile(r"\{(\w+)(?::\w+)?\}")


async def _document(client: httpx.AsyncClient) -> dict[str, Any]:
    response = await client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    document: dict[str, Any] = response.json()
    return document


def _registered_operations(settings: Settings) -> set[tuple[str, str]]:
    """Every (METHOD, path) the running app answers under /api/v1, read from its routes."""
    app = create_app(settings, manage_database=False)
    [mount] = [r for r in app.routes if isinstance(r, Mount) and r.path == "/api/v1"]
    operations = set()
    for route in mount.routes:
        assert isinstance(route, Route), f"{route!r} is not a plain route"
        assert route.methods, f"{route.path} answers every method"
        path = CONVERTOR.sub(r"{\1}", route.path)
        operations |= {(m, path) for m in route.methods if m != "HEAD"}
    return operations


async def test_document_is_valid_openapi_31(client: httpx.AsyncClient) -> None:
    document = await _document(client)
    assert document["openapi"].startswith("3.1")
    validate(document)


async def test_document_lists_every_registered_route(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    document = await _document(client)
    documented = {
        (method.upper(), path) for path, item in document["paths"].items() for method in item
    }
    registered = _registered_operations(settings)
    assert registered == documented
    # The minimum the API promises; a route dropped from the table fails here too.
    for needed in [
        ("GET", "/groups"), ("POST", "/groups"), ("GET", "/groups/{slug}"),
        ("PATCH", "/groups/{slug}"), ("GET", "/groups/{slug}/members"),
        ("GET", "/groups/{slug}/membership"), ("PUT", "/groups/{slug}/membership"),
        ("DELETE", "/groups/{slug}/membership"), ("GET", "/groups/{slug}/posts"),
        ("POST", "/groups/{slug}/posts"), ("GET", "/posts/{post_id}"),
        ("PATCH", "/posts/{post_id}"), ("DELETE", "/posts/{post_id}"),
        ("GET", "/posts/{post_id}/replies"), ("POST", "/posts/{post_id}/replies"),
        ("GET", "/replies/{reply_id}"), ("PATCH", "/replies/{reply_id}"),
        ("DELETE", "/replies/{reply_id}"), ("GET", "/me"), ("PATCH", "/me"),
        ("GET", "/users/{username}"), ("GET", "/openapi.json"),
    ]:  # fmt: skip
        assert needed in documented


async def test_every_operation_documents_parameters_errors_and_security(
    client: httpx.AsyncClient,
) -> None:
    document = await _document(client)
    assert document["servers"] == [{"url": "/api/v1"}]
    scheme = document["components"]["securitySchemes"]["bearerAuth"]
    assert scheme == {**scheme, "type": "http", "scheme": "bearer"}
    error = document["components"]["schemas"]["Error"]
    assert set(error["required"]) == {"error", "message"}
    for path, item in document["paths"].items():
        for method, operation in item.items():
            names = {p["name"] for p in operation["parameters"] if p["in"] == "path"}
            assert names == set(CONVERTOR.findall(path)), (method, path)
            assert "401" in operation["responses"]
            assert operation["security"]
            if "requestBody" in operation:
                for status in ("400", "413", "415", "422"):
                    assert status in operation["responses"], (method, path, status)
            if method in ("post", "patch", "put", "delete"):
                assert operation["security"] == [{"bearerAuth": []}], (method, path)
    feed = document["paths"]["/groups/{slug}/posts"]["get"]
    assert {p["name"] for p in feed["parameters"]} == {"slug", "cursor", "limit"}
    assert feed["security"] == [{}, {"bearerAuth": []}]


async def test_request_schemas_match_the_services_limits(client: httpx.AsyncClient) -> None:
    schemas = (await _document(client))["components"]["schemas"]
    post = schemas["PostCreate"]["properties"]
    assert post["title"]["maxLength"] == posts.MAX_TITLE
    assert post["body"]["maxLength"] == posts.MAX_BODY
    assert schemas["PostCreate"]["additionalProperties"] is False
    group = schemas["GroupCreate"]["properties"]
    assert group["slug"]["pattern"] == groups.SLUG_RE.pattern
    assert group["rules"]["maxItems"] == rules.MAX_RULES
    assert group["title"]["maxLength"] == 120
    profile = schemas["ProfileUpdate"]["properties"]
    assert profile["name"]["maxLength"] == 100
    assert profile["bio"]["maxLength"] == 2000
    assert set(profile["role"]["enum"]) == {r.value for r in accounts.Role}


async def test_responses_fit_their_schemas(client: httpx.AsyncClient, admin: User) -> None:
    """What the API serves validates against the schemas it publishes."""
    group = await make_group(admin)
    post = await post_service.create_post(admin, group, "Titel", "Tekst")
    reply = await post_service.create_reply(admin, post, "Reactie")
    await post_service.delete_reply(admin, reply)
    auth = await api_headers(admin)
    components = (await _document(client))["components"]["schemas"]

    async def check(path: str, name: str) -> None:
        data = (await client.get("/api/v1" + path, headers=auth)).json()
        schema = {"$ref": f"#/components/schemas/{name}", "components": {"schemas": components}}
        checker = Draft202012Validator.FORMAT_CHECKER
        Draft202012Validator(schema, format_checker=checker).validate(data)

    await check("/groups/gelderse-vallei", "GroupDetail")
    await check("/groups", "GroupList")
    await check("/groups/gelderse-vallei/members", "MemberList")
    await check("/groups/gelderse-vallei/membership", "Membership")
    await check("/groups/gelderse-vallei/posts", "PostPage")
    await check(f"/posts/{post.id}", "Post")
    await check(f"/posts/{post.id}/replies", "ReplyPage")
    await check(f"/replies/{reply.id}", "Reply")
    await check("/users/beheer", "Profile")
    await check("/me", "Me")
    await check("/nergens", "Error")


async def test_operations_that_take_files_document_the_multipart_body(
    client: httpx.AsyncClient,
) -> None:
    paths = (await _document(client))["paths"]
    for path, body in (
        ("/groups/{slug}/posts", "PostCreate"),
        ("/groups/{slug}/events", "EventCreate"),
    ):
        operation = paths[path]["post"]
        multipart = operation["requestBody"]["content"]["multipart/form-data"]
        properties = multipart["schema"]["properties"]
        assert properties["data"] == {"$ref": f"#/components/schemas/{body}"}
        assert multipart["encoding"]["data"]["contentType"] == "application/json"
        assert {"files-0", "files-9-licence"} <= set(properties) and "files-10" not in properties
        assert {"411", "413", "507"} <= set(operation["responses"])
    # Operations without files keep their JSON-only body.
    assert set(paths["/posts/{post_id}/replies"]["post"]["requestBody"]["content"]) == {
        "application/json"
    }
