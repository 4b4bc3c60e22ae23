"""Reports for groups you moderate on another instance, and your decisions about them (see
moderation.forwarding): the group's instance applies them, or refuses them when you no longer
moderate the group there."""

from __future__ import annotations

from typing import Any

from starlette.responses import JSONResponse, Response

from moderation import forwarding
from server.api.common import ApiRoute, Call, Operation, iso, path_id
from server.models import ForwardedReport
from server.services.errors import N_

_TAG = "moderation"
_MISSING = N_("This report does not exist.")


def _report_json(call: Call, report: ForwardedReport) -> dict[str, Any]:
    kind, number = report.item_key.split(":", 1)
    path = f"/p/{number}" if kind == "post" else f"/c/{number}"
    return {
        "id": report.id,
        "item": {"kind": kind, "id": int(number), "url": call.settings.base_url + path},
        "group": report.group.slug,
        "title": report.post.title,
        "rule": report.rule_title,
        "note": report.note,
        "state": report.state.value,
        "refusal": report.refusal,
        "created_at": iso(report.created_at),
    }


async def list_reports(call: Call) -> Response:
    found = await forwarding.queue(call.actor)
    return JSONResponse({"items": [_report_json(call, r) for r in found]})


async def _decide(call: Call, action: str) -> Response:
    report_id = path_id(call, "report_id", _MISSING)
    report = await forwarding.decide(call.actor, report_id, action, call.body.get("reason", ""))
    return JSONResponse(_report_json(call, report))


async def uphold(call: Call) -> Response:
    return await _decide(call, "uphold")


async def restore(call: Call) -> Response:
    return await _decide(call, "restore")


# fmt: off
routes = [
    ApiRoute("/me/reports-elsewhere",
             Operation("GET", list_reports, "Open reports for groups you moderate on another "
                       "instance, forwarded to you by the group", _TAG, auth=True,
                       returns="ForwardedReportList")),
    ApiRoute("/me/reports-elsewhere/{report_id:int}/uphold",
             Operation("POST", uphold, "Remove the item: your Delete goes to the group's "
                       "instance", _TAG, auth=True, body="ElsewhereDecision",
                       returns="ForwardedReport", also=(409,))),
    ApiRoute("/me/reports-elsewhere/{report_id:int}/restore",
             Operation("POST", restore, "Restore the item: your Undo of the report goes to the "
                       "group's instance", _TAG, auth=True, body="ElsewhereDecision",
                       returns="ForwardedReport", also=(409,))),
]
# fmt: on
