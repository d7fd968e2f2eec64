package org.easeback.content;

/** Plane geometry of line segments, for the diagram checks. */
final class Segments {

	private Segments() {
	}

	/** The shortest distance from point {@code p} to the segment {@code a}–{@code b}. */
	static double pointDistance(MapPoint p, MapPoint a, MapPoint b) {
		double dx = b.x() - a.x();
		double dy = b.y() - a.y();
		double lengthSquared = dx * dx + dy * dy;
		if (lengthSquared == 0) {
			return p.distance(a);
		}
		double t = ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / lengthSquared;
		t = Math.max(0, Math.min(1, t));
		return p.distance(new MapPoint(a.x() + t * dx, a.y() + t * dy));
	}

	/**
	 * The shortest distance between segments {@code a}–{@code b} and {@code c}–{@code d}.
	 */
	static double distance(MapPoint a, MapPoint b, MapPoint c, MapPoint d) {
		if (intersect(a, b, c, d)) {
			return 0;
		}
		return Math.min(Math.min(pointDistance(a, c, d), pointDistance(b, c, d)),
				Math.min(pointDistance(c, a, b), pointDistance(d, a, b)));
	}

	private static boolean intersect(MapPoint a, MapPoint b, MapPoint c, MapPoint d) {
		double d1 = cross(c, d, a);
		double d2 = cross(c, d, b);
		double d3 = cross(a, b, c);
		double d4 = cross(a, b, d);
		return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
	}

	private static double cross(MapPoint origin, MapPoint to, MapPoint p) {
		return (to.x() - origin.x()) * (p.y() - origin.y()) - (to.y() - origin.y()) * (p.x() - origin.x());
	}

}
