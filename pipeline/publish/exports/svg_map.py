"""An inline SVG map of meeting points over the world's land outline: no tiles, no network.

The land is Natural Earth 1:110m from the npm package world-atlas (vendored TopoJSON,
see vendor/README.md), decoded here; the projection is equirectangular, stretched by the
cosine of the middle latitude so a city keeps its shape. The view is the meetings'
bounding box with a margin, or the world when there are none.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path

LAND_FILE = Path(__file__).resolve().parent / "vendor" / "land-110m.json"
ATTRIBUTION = "Land outline: Made with Natural Earth (world-atlas 2.0.2, 1:110m)"
WIDTH, HEIGHT = 800, 480
#: The smallest span of the view in degrees, so one meeting is not a screen-wide blob.
MIN_SPAN_DEGREES = 0.5

#: Point colours by MAT status (colour-blind-safe Okabe-Ito hues).
STATUS_COLOURS = {
    "friendly": "#009e73",
    "restricted": "#e69f00",
    "unfriendly": "#d55e00",
    "unknown": "#0072b2",
}

Ring = list[tuple[float, float]]


@dataclass(frozen=True)
class MapPoint:
    longitude: float
    latitude: float
    label: str
    mat_status: str
    stale: bool


@functools.cache
def land_rings() -> tuple[tuple[tuple[float, float], ...], ...]:
    """The land polygons' rings as (longitude, latitude) tuples, decoded from TopoJSON."""
    topology = json.loads(LAND_FILE.read_text(encoding="utf-8"))
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs: list[Ring] = []
    for quantized in topology["arcs"]:  # delta-encoded integer positions
        x = y = 0
        arc: Ring = []
        for dx, dy in quantized:
            x, y = x + dx, y + dy
            arc.append((x * sx + tx, y * sy + ty))
        arcs.append(arc)

    def ring_of(indexes: Sequence[int]) -> tuple[tuple[float, float], ...]:
        points: Ring = []
        for index in indexes:
            arc = arcs[index] if index >= 0 else arcs[~index][::-1]
            points.extend(arc if not points else arc[1:])
        return tuple(points)

    rings = []
    for geometry in topology["objects"]["land"]["geometries"]:
        polygons = [geometry["arcs"]] if geometry["type"] == "Polygon" else list(geometry["arcs"])
        rings += [ring_of(ring) for polygon in polygons for ring in polygon]
    return tuple(rings)


@dataclass(frozen=True)
class View:
    west: float
    south: float
    east: float
    north: float

    @classmethod
    def around(cls, points: Sequence[MapPoint]) -> View:
        if not points:
            return cls(-180.0, -60.0, 180.0, 85.0)
        west, east = min(p.longitude for p in points), max(p.longitude for p in points)
        south, north = min(p.latitude for p in points), max(p.latitude for p in points)
        pad_x = max((east - west) * 0.08, MIN_SPAN_DEGREES / 2)
        pad_y = max((north - south) * 0.08, MIN_SPAN_DEGREES / 2)
        return cls(
            max(west - pad_x, -180), max(south - pad_y, -85), min(east + pad_x, 180),
            min(north + pad_y, 85),
        )  # fmt: skip

    def project(self, longitude: float, latitude: float) -> tuple[float, float]:
        """SVG coordinates; the aspect is kept by fitting the box into the canvas."""
        stretch = math.cos(math.radians((self.north + self.south) / 2))
        span_x = (self.east - self.west) * stretch
        span_y = self.north - self.south
        scale = min(WIDTH / span_x, HEIGHT / span_y)
        off_x = (WIDTH - span_x * scale) / 2
        off_y = (HEIGHT - span_y * scale) / 2
        x = off_x + (longitude - self.west) * stretch * scale
        y = off_y + (self.north - latitude) * scale
        return round(x, 1), round(y, 1)

    def touches(self, ring: Sequence[tuple[float, float]]) -> bool:
        lons = [p[0] for p in ring]
        lats = [p[1] for p in ring]
        return not (
            max(lons) < self.west or min(lons) > self.east
            or max(lats) < self.south or min(lats) > self.north
        )  # fmt: skip


def land_path(view: View) -> str:
    parts = []
    for ring in land_rings():
        if not view.touches(ring):
            continue
        projected = [view.project(lon, lat) for lon, lat in ring]
        parts.append("M" + "L".join(f"{x:g},{y:g}" for x, y in projected) + "Z")
    return "".join(parts)


def render_map(points: Sequence[MapPoint]) -> str:
    """The whole map as one <svg> element; every label is escaped."""
    view = View.around(points)
    # Meetings on the same pixel (one venue, or a whole city at world scale) share a
    # circle, so the page stays small with the world's listings in it.
    merged: dict[tuple[int, int, str, bool], list[str]] = {}
    for point in points:
        x, y = view.project(point.longitude, point.latitude)
        key = (round(x), round(y), point.mat_status, point.stale)
        merged.setdefault(key, []).append(point.label)
    circles = []
    for (x, y, status, stale), labels in merged.items():
        colour = STATUS_COLOURS.get(status, STATUS_COLOURS["unknown"])
        fill = "none" if stale else colour
        label = labels[0] if len(labels) == 1 else f"{len(labels)} meetings: {labels[0]}, ..."
        circles.append(
            f'<circle class="meeting" cx="{x}" cy="{y}" r="4" fill="{fill}" '
            f'stroke="{colour}" stroke-width="1.5" data-mat="{escape(status)}" '
            f'data-count="{len(labels)}"><title>{escape(label)}</title></circle>'
        )
    legend = "".join(
        f'<g transform="translate({12 + i * 110},{HEIGHT - 14})">'
        f'<circle r="5" fill="{colour}"/><text x="9" y="4">{escape(status)}</text></g>'
        for i, (status, colour) in enumerate(STATUS_COLOURS.items())
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'role="img" aria-label="map of {len(points)} meetings" class="map">'
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="#dbeaf5"/>'
        f'<path d="{land_path(view)}" fill="#f3f0e6" stroke="#b9b2a0" stroke-width="0.7"/>'
        f"{''.join(circles)}"
        f'<g font-size="11" font-family="sans-serif">{legend}</g>'
        f'<text x="{WIDTH - 8}" y="{HEIGHT - 8}" font-size="10" text-anchor="end" '
        f'font-family="sans-serif">{escape(ATTRIBUTION)}</text>'
        "</svg>"
    )
