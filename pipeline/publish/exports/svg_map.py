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
    width: float = WIDTH
    height: float = HEIGHT

    @classmethod
    def around(cls, points: Sequence[MapPoint]) -> View:
        if not points:
            return WORLD
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
        scale = min(self.width / span_x, self.height / span_y)
        off_x = (self.width - span_x * scale) / 2
        off_y = (self.height - span_y * scale) / 2
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
        # A ring crossing the antimeridian (Fiji, Chukotka, Antarctica) is split there
        # into pieces, rather than drawn with a line across the whole map.
        path, previous_lon = "", None
        for lon, lat in ring:
            x, y = view.project(lon, lat)
            jump = previous_lon is None or abs(lon - previous_lon) > 180
            path += f"{'M' if jump else 'L'}{x:g},{y:g}"
            previous_lon = lon
        parts.append(path + "Z")
    return "".join(parts)


WORLD = View(-180.0, -60.0, 180.0, 85.0)
INSET = View(-180.0, -60.0, 180.0, 85.0, width=180, height=90)


def locator_inset(view: View) -> str:
    """A small world map in the corner with the shown area outlined, for a city-sized view."""
    if view.east - view.west > 90:
        return ""
    (x0, y0), (x1, y1) = INSET.project(view.west, view.north), INSET.project(view.east, view.south)
    return (
        f'<g transform="translate({WIDTH - INSET.width - 8},8)" class="inset">'
        f'<rect width="{INSET.width}" height="{INSET.height}" fill="#dbeaf5" stroke="#888"/>'
        f'<path d="{land_path(INSET)}" fill="#f3f0e6"/>'
        f'<rect x="{x0 - 2:g}" y="{y0 - 2:g}" width="{x1 - x0 + 4:g}" height="{y1 - y0 + 4:g}" '
        'fill="none" stroke="#d55e00" stroke-width="2"/></g>'
    )


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
    drawing_order = list(STATUS_COLOURS)[::-1]  # unknown first, friendly last (on top)
    ordered = sorted(merged.items(), key=lambda item: drawing_order.index(item[0][2])
                     if item[0][2] in drawing_order else 0)  # fmt: skip
    for (x, y, status, stale), labels in ordered:
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
        f"{''.join(circles)}{locator_inset(view)}"
        f'<g font-size="11" font-family="sans-serif">{legend}</g>'
        f'<text x="{WIDTH - 8}" y="{HEIGHT - 8}" font-size="10" text-anchor="end" '
        f'font-family="sans-serif">{escape(ATTRIBUTION)}</text>'
        "</svg>"
    )
