"""GeoJSON checked against RFC 7946, and its features as a table; the map is geojson_map's.

A file that breaks the rules is refused at upload (`sniff.Unrecognised`) with a message that
names the feature and what is wrong, so the person sharing it can mend it.
"""

from __future__ import annotations

import json
import math
from typing import Any, NoReturn

from server.files import sniff
from server.files.previews import geojson_map
from server.services.errors import N_

MAX_FEATURES = 200
MAX_PROPERTIES = 10
MAX_VALUE = 200
MAX_NESTING = 4  # GeometryCollections inside GeometryCollections (RFC 7946 says: avoid)

_DEPTH = {"Point": 0, "MultiPoint": 1, "LineString": 1, "MultiLineString": 2,
          "Polygon": 2, "MultiPolygon": 3}  # fmt: skip


def preview(data: bytes) -> dict[str, Any]:
    features = parse(data)
    geometries = [feature.get("geometry") for feature in features]
    keys: list[str] = []
    for feature in features[:MAX_FEATURES]:
        for key in feature.get("properties") or {}:
            if key not in keys and len(keys) < MAX_PROPERTIES:
                keys.append(key)
    rows = [
        {"geometry": (feature.get("geometry") or {}).get("type"),
         "values": [_text((feature.get("properties") or {}).get(key)) for key in keys]}
        for feature in features[:MAX_FEATURES]
    ]  # fmt: skip
    drawn = geojson_map.draw([g for g in geometries if g])
    return {
        "type": "geojson",
        "total_features": len(features),
        "columns": [_cut(key) for key in keys],
        "features": rows,
        "map": drawn.map if drawn else None,
        "messages": drawn.messages if drawn else [],
    }


def parse(data: bytes) -> list[dict[str, Any]]:
    """The features of a valid GeoJSON document; raises Unrecognised naming the problem."""
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (ValueError, RecursionError):  # RecursionError: absurdly deep nesting
        _refuse(N_("This JSON file is not GeoJSON."))
    if not isinstance(document, dict) or document.get("type") not in sniff.GEOJSON_TYPES:
        _refuse(N_("This JSON file is not GeoJSON."))
    if document["type"] == "FeatureCollection":
        features = document.get("features")
        if not isinstance(features, list):
            _refuse(N_("This FeatureCollection has no list of features."))
    elif document["type"] == "Feature":
        features = [document]
    else:
        features = [{"type": "Feature", "geometry": document, "properties": None}]
    for n, feature in enumerate(features, start=1):
        _check_feature(n, feature)
    return features


def _check_feature(n: int, feature: Any) -> None:
    if not isinstance(feature, dict) or feature.get("type") != "Feature":
        _refuse(N_("Feature %(n)s is not a GeoJSON Feature."), n)
    properties = feature.get("properties")
    if properties is not None and not isinstance(properties, dict):
        _refuse(N_("Feature %(n)s has properties that are not an object."), n)
    geometry = feature.get("geometry")
    if geometry is not None:
        _check_geometry(n, geometry, 0)


def _check_geometry(n: int, geometry: Any, nesting: int) -> None:
    kind = geometry.get("type") if isinstance(geometry, dict) else None
    if kind == "GeometryCollection":
        if nesting >= MAX_NESTING:
            _refuse(N_("Feature %(n)s has geometry collections nested too deeply."), n)
        parts = geometry.get("geometries")
        if not isinstance(parts, list):
            _refuse(N_("Feature %(n)s has a GeometryCollection without geometries."), n)
        for part in parts:
            _check_geometry(n, part, nesting + 1)
        return
    if kind not in _DEPTH:
        _refuse(N_("Feature %(n)s has a geometry of an unknown type."), n)
    _check_coordinates(n, kind, geometry.get("coordinates"), _DEPTH[kind])


def _check_coordinates(n: int, kind: str, value: Any, depth: int) -> None:
    if depth == 0:
        _check_position(n, value)
        return
    if not isinstance(value, list):
        _refuse(N_("Feature %(n)s has coordinates that are not a list."), n)
    for item in value:
        _check_coordinates(n, kind, item, depth - 1)
    if depth == 1 and kind in ("LineString", "MultiLineString") and len(value) < 2:
        _refuse(N_("Feature %(n)s has a line with fewer than 2 positions."), n)
    closed = depth != 1 or (len(value) >= 4 and value[0][:2] == value[-1][:2])
    if kind in ("Polygon", "MultiPolygon") and not closed:
        # RFC 7946 3.1.6: a ring has at least 4 positions and ends where it starts.
        _refuse(N_("Feature %(n)s has an area whose edge is not closed."), n)


def _check_position(n: int, value: Any) -> None:
    if not isinstance(value, list) or not 2 <= len(value) <= 3:
        _refuse(N_("Feature %(n)s has a position that is not 2 or 3 numbers."), n)
    for number in value:
        is_number = isinstance(number, int | float) and not isinstance(number, bool)
        if not is_number or not math.isfinite(number):
            _refuse(N_("Feature %(n)s has a coordinate that is not a number."), n)
    if not -180 <= value[0] <= 180:
        _refuse(N_("Feature %(n)s has a longitude outside -180 to 180."), n)
    if not -90 <= value[1] <= 90:
        _refuse(N_("Feature %(n)s has a latitude outside -90 to 90."), n)


def _refuse(message: str, n: int | None = None) -> NoReturn:
    raise sniff.Unrecognised(message, **({} if n is None else {"n": n}))


def _text(value: Any) -> str:
    if value is None:
        return ""
    shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return _cut(shown)


def _cut(text: str) -> str:
    return text if len(text) <= MAX_VALUE else text[: MAX_VALUE - 1] + "…"
