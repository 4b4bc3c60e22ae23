"""Discussion pages: a new post, a post with its thread, replies, editing and deleting."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from moderation import view as moderation_view
from server import i18n
from server.config import Settings
from server.files import licences
from server.models import Group, Post, Reply, User
from server.services import attachments, groups, markdown, posts, readability
from server.services.errors import N_, Invalid, NotFound
from server.web.forms import (
    chosen_ids,
    field_errors,
    flash,
    read_form,
    read_upload_form,
    redirect,
    text,
    uploaded,
)
from server.web.groups import bad_link, login_redirect
from server.web.templating import render

MAX_ID = 2**31 - 1


def _id(request: Request) -> int:
    """The id in the address; ids beyond the column's range cannot exist."""
    value: int = request.path_params["id"]
    if value > MAX_ID:
        raise NotFound(N_("This page does not exist."))
    return value


def _status(errors: dict[str, str]) -> int:
    return 422 if errors else 200


async def _reply_url(reply: Reply) -> str:
    cursor = await posts.thread_cursor_for(reply)
    query = f"?cursor={cursor}" if cursor else ""
    return f"/p/{reply.post_id}{query}#c{reply.id}"


def _not_member(request: Request, group: Group) -> Response:
    return render(request, "posts/not_member.html", {"group": group}, status_code=403)


async def new_post(request: Request) -> Response:
    user: User | None = request.state.user
    group = await groups.get_group(request.path_params["slug"])
    if user is None:
        return login_redirect(request)
    settings: Settings = request.app.state.settings
    form = None
    if request.method == "POST":
        form = await read_upload_form(request, settings)
    if await groups.membership(user, group) is None:
        return _not_member(request, group)
    values = {"title": text(form, "title"), "body": text(form, "body")} if form else {}
    errors: dict[str, str] = {}
    context: dict[str, Any] = {"group": group, "values": values, "post": None}
    context["licences"] = licences.LICENCES
    if form is not None and text(form, "preview"):
        return _preview(request, context)
    if form is not None:
        try:
            async with attachments.intake(await uploaded(form, "files"), settings) as files:
                post = await posts.create_post(user, group, values["title"], values["body"], files)
        except Invalid as exc:
            errors = field_errors(exc)
        else:
            flash(request, i18n.gettext("Your post is published."))
            return redirect(f"/p/{post.id}")
    context["errors"] = errors
    return render(request, "posts/post_form.html", context, status_code=_status(errors))


def _preview(request: Request, context: dict[str, Any]) -> Response:
    """The form again with the text as it will look and a reading help; nothing is saved."""
    body = context["values"].get("body", "")
    context["errors"] = {}
    context["preview_html"] = markdown.render(body) if body.strip() else ""
    context["readability"] = readability.assess(body, i18n.current_language.get())
    return render(request, "posts/post_form.html", context)


async def _reply_target(post: Post, value: str | None) -> Reply | None:
    """The reply someone answers, when it is a reply in this thread."""
    if not value or not value.isdigit() or int(value) > MAX_ID:
        return None
    try:
        reply = await posts.get_reply(int(value))
    except NotFound:
        return None
    return reply if reply.post_id == post.id else None


async def _render_post(
    request: Request,
    post: Post,
    *,
    values: dict[str, str] | None = None,
    errors: dict[str, str] | None = None,
) -> Response:
    user: User | None = request.state.user
    cursor = request.query_params.get("cursor") or None
    try:
        page = await posts.thread(post, cursor)
    except Invalid as exc:
        return bad_link(request, exc)
    values = values or {}
    names = {item["id"]: item["author__name"] for item in page.items}
    parents = {item["parent_id"] for item in page.items if item["parent_id"]}
    names |= await posts.reply_authors(parents - names.keys())
    target = values.get("parent") or request.query_params.get("reply_to")
    context: dict[str, Any] = {
        "post": post,
        "group": post.group,
        "author": post.author,
        "page": page,
        "on_page": {item["id"] for item in page.items},
        "names": names,
        "cursor": cursor,
        "membership": await groups.membership(user, post.group),
        "reply_to": await _reply_target(post, target),
        "values": values,
        "errors": errors or {},
        "moderation": await moderation_view.thread(user, post, page.items),
        "attachments": await attachments.of_post(post),
        "licences": licences.LICENCES,
    }
    return render(request, "posts/post.html", context, status_code=_status(errors or {}))


async def post_page(request: Request) -> Response:
    post = await posts.get_post(_id(request))
    return await _render_post(request, post)


async def reply(request: Request) -> Response:
    user: User | None = request.state.user
    post = await posts.get_post(_id(request))
    form = await read_form(request)
    if user is None:
        return login_redirect(request, f"/p/{post.id}")
    values = {"body": text(form, "body"), "parent": text(form, "parent")}
    parent = values["parent"]
    try:
        if parent and (not parent.isdigit() or int(parent) > MAX_ID):
            raise Invalid({"parent": (N_("The reply you answer is not in this thread."), {})})
        created = await posts.create_reply(
            user, post, values["body"], int(parent) if parent else None
        )
    except Invalid as exc:
        return await _render_post(request, post, values=values, errors=field_errors(exc))
    flash(request, i18n.gettext("Your reply is published."))
    return redirect(await _reply_url(created))


async def edit_post(request: Request) -> Response:
    user: User | None = request.state.user
    post = await posts.get_post(_id(request))
    if user is None:
        return login_redirect(request)
    settings: Settings = request.app.state.settings
    form = None
    if request.method == "POST":
        form = await read_upload_form(request, settings)
    posts.check_author(user, post)
    values = {"title": post.title, "body": post.body}
    errors: dict[str, str] = {}
    context: dict[str, Any] = {"group": post.group, "values": values, "post": post}
    context["licences"] = licences.LICENCES
    context["attachments"] = await attachments.of_post(post)
    if form is not None:
        values = context["values"] = {"title": text(form, "title"), "body": text(form, "body")}
        if text(form, "preview"):
            return _preview(request, context)
        try:
            async with attachments.intake(await uploaded(form, "files"), settings) as files:
                await posts.edit_post(
                    user, post, values["title"], values["body"], files,
                    chosen_ids(form, "remove_files"),
                )  # fmt: skip
        except Invalid as exc:
            errors = field_errors(exc)
        else:
            flash(request, i18n.gettext("Your changes are saved."))
            return redirect(f"/p/{post.id}")
    context["errors"] = errors
    return render(request, "posts/post_form.html", context, status_code=_status(errors))


async def delete_post(request: Request) -> Response:
    user: User | None = request.state.user
    post = await posts.get_post(_id(request))
    if user is None:
        return login_redirect(request)
    form = await read_form(request) if request.method == "POST" else None
    posts.check_author(user, post)
    if form is None:
        context = {"post": post, "reply": None, "action": f"/p/{post.id}/delete"}
        return render(request, "posts/delete.html", context)
    await posts.delete_post(user, post, request.app.state.settings)
    flash(request, i18n.gettext("Your post is deleted."))
    return redirect(f"/p/{post.id}")


async def reply_link(request: Request) -> Response:
    found = await posts.get_reply(_id(request))
    return redirect(await _reply_url(found))


async def edit_reply(request: Request) -> Response:
    user: User | None = request.state.user
    found = await posts.get_reply(_id(request))
    if user is None:
        return login_redirect(request)
    form = await read_form(request) if request.method == "POST" else None
    posts.check_author(user, found)
    values = {"body": found.body}
    errors: dict[str, str] = {}
    if form is not None:
        values = {"body": text(form, "body")}
        try:
            await posts.edit_reply(user, found, values["body"])
        except Invalid as exc:
            errors = field_errors(exc)
        else:
            flash(request, i18n.gettext("Your changes are saved."))
            return redirect(await _reply_url(found))
    context = {"reply": found, "post": found.post, "values": values, "errors": errors}
    return render(request, "posts/reply_form.html", context, status_code=_status(errors))


async def delete_reply(request: Request) -> Response:
    user: User | None = request.state.user
    found = await posts.get_reply(_id(request))
    if user is None:
        return login_redirect(request)
    form = await read_form(request) if request.method == "POST" else None
    posts.check_author(user, found)
    if form is None:
        context = {"post": found.post, "reply": found, "action": f"/c/{found.id}/delete"}
        return render(request, "posts/delete.html", context)
    await posts.delete_reply(user, found)
    flash(request, i18n.gettext("Your reply is deleted."))
    return redirect(await _reply_url(found))


routes: list[BaseRoute] = [
    Route("/g/{slug}/new", new_post, methods=["GET", "POST"], name="post_new"),
    Route("/p/{id:int}", post_page, name="post"),
    Route("/p/{id:int}/reply", reply, methods=["POST"], name="post_reply"),
    Route("/p/{id:int}/edit", edit_post, methods=["GET", "POST"], name="post_edit"),
    Route("/p/{id:int}/delete", delete_post, methods=["GET", "POST"], name="post_delete"),
    Route("/c/{id:int}", reply_link, name="reply"),
    Route("/c/{id:int}/edit", edit_reply, methods=["GET", "POST"], name="reply_edit"),
    Route("/c/{id:int}/delete", delete_reply, methods=["GET", "POST"], name="reply_delete"),
]
