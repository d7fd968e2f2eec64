package org.easeback.content;

import java.util.ArrayList;
import java.util.List;

/**
 * A closed polygon of the body map, flattened from its SVG path data, with the two
 * questions the diagram checks ask: is a point inside, and how far is a path from it.
 */
final class Shape {

	private final List<MapPoint> vertices;

	Shape(List<MapPoint> vertices) {
		if (vertices.size() < 3) {
			throw new IllegalArgumentException("a shape needs at least three corners");
		}
		this.vertices = List.copyOf(vertices);
	}

	/**
	 * The shape drawn by SVG path data using absolute {@code M}, {@code L}, {@code Q} and
	 * {@code Z}.
	 */
	static Shape ofSvgPath(String data) {
		return new Shape(SvgPathData.flatten(data));
	}

	/** The middle of the shape's bounding box. */
	MapPoint middle() {
		double minX = this.vertices.stream().mapToDouble(MapPoint::x).min().orElseThrow();
		double maxX = this.vertices.stream().mapToDouble(MapPoint::x).max().orElseThrow();
		double minY = this.vertices.stream().mapToDouble(MapPoint::y).min().orElseThrow();
		double maxY = this.vertices.stream().mapToDouble(MapPoint::y).max().orElseThrow();
		return new MapPoint((minX + maxX) / 2, (minY + maxY) / 2);
	}

	/** True when the point lies inside the shape or on its edge. */
	boolean contains(MapPoint point) {
		boolean inside = false;
		int n = this.vertices.size();
		for (int i = 0, j = n - 1; i < n; j = i++) {
			MapPoint a = this.vertices.get(i);
			MapPoint b = this.vertices.get(j);
			if (Segments.pointDistance(point, a, b) < 1e-9) {
				return true;
			}
			if ((a.y() > point.y()) != (b.y() > point.y())
					&& point.x() < (b.x() - a.x()) * (point.y() - a.y()) / (b.y() - a.y()) + a.x()) {
				inside = !inside;
			}
		}
		return inside;
	}

	/**
	 * The shortest distance between a polyline and this shape: zero when the line enters,
	 * crosses or touches it.
	 */
	double distance(List<MapPoint> polyline) {
		if (polyline.stream().anyMatch(this::contains)) {
			return 0;
		}
		double best = Double.MAX_VALUE;
		List<MapPoint[]> segments = segments(polyline);
		for (MapPoint[] segment : segments) {
			for (MapPoint[] edge : edges()) {
				best = Math.min(best, Segments.distance(segment[0], segment[1], edge[0], edge[1]));
			}
		}
		return best;
	}

	private List<MapPoint[]> edges() {
		List<MapPoint> closed = new ArrayList<>(this.vertices);
		closed.add(this.vertices.get(0));
		return segments(closed);
	}

	private static List<MapPoint[]> segments(List<MapPoint> polyline) {
		List<MapPoint[]> out = new ArrayList<>();
		if (polyline.size() == 1) {
			out.add(new MapPoint[] { polyline.get(0), polyline.get(0) });
		}
		for (int i = 1; i < polyline.size(); i++) {
			out.add(new MapPoint[] { polyline.get(i - 1), polyline.get(i) });
		}
		return out;
	}

}
