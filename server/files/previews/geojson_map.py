"""A small SVG map of validated GeoJSON geometries, drawn from numbers only.

The markup is built from coordinates formatted as numbers and fixed element names, never from
a property or any other string of the file, so the template may show it as it is.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from server.services.errors import N_

WIDTH, HEIGHT, MARGIN = 600.0, 400.0, 10.0
MAX_POINTS = 20_000
POINT_RADIUS = 4

Ring = list[list[float]]


@dataclass
class Drawn:
    map: dict[str, str]
    messages: list[str] = field(default_factory=list)


@dataclass
class _Shapes:
    areas: list[list[Ring]] = field(default_factory=list)
    lines: list[Ring] = field(default_factory=list)
    points: list[list[float]] = field(default_factory=list)


def draw(geometries: list[dict[str, Any]]) -> Drawn | None:
    shapes = _Shapes()
    for geometry in geometries:
        _collect(geometry, shapes)
    every = [p for area in shapes.areas for ring in area for p in ring]
    every += [p for line in shapes.lines for p in line] + shapes.points
    if not every:
        return None
    project = _projection(every)
    # Beyond the budget every k-th position of a line or edge is kept: the outline stays, the
    # page stays small.
    step = max(1, math.ceil(len(every) / MAX_POINTS))
    body = [_path(project, [_ring(ring, step) for ring in area], "area") for area in shapes.areas]
    body += [_path(project, [_ring(line, step)], "line") for line in shapes.lines]
    points = shapes.points[: MAX_POINTS // step]
    body += [_circle(project(p)) for p in points]
    messages = []
    if step > 1 or len(points) < len(shapes.points):
        messages.append(N_("The map is simplified: it shows fewer points than the file has."))
    return Drawn({"viewbox": f"0 0 {WIDTH:.0f} {HEIGHT:.0f}", "body": "".join(body)}, messages)


def _collect(geometry: dict[str, Any], shapes: _Shapes) -> None:
    kind = geometry["type"]
    coordinates: Any = geometry.get("coordinates")
    if kind == "GeometryCollection":
        for part in geometry.get("geometries", []):
            _collect(part, shapes)
    elif kind == "Point":
        shapes.points.append(coordinates)
    elif kind == "MultiPoint":
        shapes.points.extend(coordinates)
    elif kind == "LineString":
        shapes.lines.append(coordinates)
    elif kind == "MultiLineString":
        shapes.lines.extend(coordinates)
    elif kind == "Polygon":
        shapes.areas.append(coordinates)
    elif kind == "MultiPolygon":
        shapes.areas.extend(coordinates)


def _projection(positions: list[list[float]]) -> Any:
    """Equirectangular with the x axis shrunk by cos(mid-latitude): true enough in shape for a
    province, and needs no library. Fits the whole into the view box, keeping the aspect."""
    lons, lats = [p[0] for p in positions], [p[1] for p in positions]
    west, east, south, north = min(lons), max(lons), min(lats), max(lats)
    shrink = math.cos(math.radians((south + north) / 2))
    span_x, span_y = (east - west) * shrink, north - south
    scale = min((WIDTH - 2 * MARGIN) / (span_x or 1e-9), (HEIGHT - 2 * MARGIN) / (span_y or 1e-9))
    if span_x == 0 and span_y == 0:
        scale = 1.0
    left = (WIDTH - span_x * scale) / 2
    top = (HEIGHT - span_y * scale) / 2

    def project(p: list[float]) -> tuple[float, float]:
        return left + (p[0] - west) * shrink * scale, top + (north - p[1]) * scale

    return project


def _ring(ring: Ring, step: int) -> Ring:
    kept = ring[::step]
    if kept[-1] is not ring[-1]:
        kept.append(ring[-1])  # the end of a line, the closing of an edge
    return kept


def _path(project: Any, parts: list[Ring], css: str) -> str:
    pieces = []
    for part in parts:
        xy = [project(p) for p in part]
        commands = "L".join(f"{x:.1f} {y:.1f}" for x, y in xy)
        pieces.append("M" + commands + ("Z" if css == "area" else ""))
    return f'<path class="{css}" d="{"".join(pieces)}"/>'


def _circle(xy: tuple[float, float]) -> str:
    return f'<circle class="point" cx="{xy[0]:.1f}" cy="{xy[1]:.1f}" r="{POINT_RADIUS}"/>'
