package org.easeback.content;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns a stroke's points into SVG path data: the line (with small loops for circling
 * strokes), arrowheads at the end, or at both ends for to-and-fro strokes, and the spot
 * where the start number sits.
 */
final class StrokeDrawing {

	/** Radius of a circle made on one spot: as far as the motion reaches, as checked. */
	private static final double RADIUS = Stroke.Motion.CIRCLES.reach();

	/** Radius of the loops of circles travelling along a path. */
	private static final double LOOP = 5.5;

	/** Map units between two loops of travelling circles. */
	private static final double LOOP_SPACING = 12;

	private static final double HEAD_LENGTH = 7;

	private static final double HEAD_HALF_WIDTH = 4.5;

	private StrokeDrawing() {
	}

	static StrokeTrace trace(Stroke stroke, List<MapPoint> points) {
		List<MapPoint> line = switch (stroke.motion()) {
			case CIRCLES -> (points.size() == 1) ? spotCircle(points.get(0)) : loops(points);
			default -> points;
		};
		List<String> heads = new ArrayList<>();
		if (line.size() > 1) {
			heads.add(head(line.get(line.size() - 2), line.get(line.size() - 1)));
			if (stroke.motion() == Stroke.Motion.BACK_AND_FORTH) {
				heads.add(head(line.get(1), line.get(0)));
			}
		}
		MapPoint start = (stroke.motion() == Stroke.Motion.BACK_AND_FORTH) ? halfway(points) : points.get(0);
		List<MapPoint> spots = (stroke.motion() == Stroke.Motion.HOLD) ? points : List.of();
		return new StrokeTrace(path(line), line, heads, start, spots);
	}

	private static String path(List<MapPoint> line) {
		return "M" + line.stream().map(MapPoint::svg).collect(Collectors.joining(" L"));
	}

	/** A triangle whose tip is {@code tip}, pointing the way from {@code from}. */
	private static String head(MapPoint from, MapPoint tip) {
		double length = from.distance(tip);
		double ux = (tip.x() - from.x()) / length;
		double uy = (tip.y() - from.y()) / length;
		MapPoint base = new MapPoint(tip.x() - ux * HEAD_LENGTH, tip.y() - uy * HEAD_LENGTH);
		MapPoint left = new MapPoint(base.x() - uy * HEAD_HALF_WIDTH, base.y() + ux * HEAD_HALF_WIDTH);
		MapPoint right = new MapPoint(base.x() + uy * HEAD_HALF_WIDTH, base.y() - ux * HEAD_HALF_WIDTH);
		return "M" + left.svg() + " L" + tip.svg() + " L" + right.svg();
	}

	/** Most of a circle around one spot, leaving a gap for the arrowhead, clockwise. */
	private static List<MapPoint> spotCircle(MapPoint centre) {
		List<MapPoint> out = new ArrayList<>();
		for (int degrees = -70; degrees <= 230; degrees += 10) {
			double a = Math.toRadians(degrees);
			out.add(new MapPoint(centre.x() + RADIUS * Math.cos(a), centre.y() + RADIUS * Math.sin(a)));
		}
		return out;
	}

	/** Small loops travelling along the polyline, like a stretched spring. */
	private static List<MapPoint> loops(List<MapPoint> points) {
		double total = 0;
		for (int i = 1; i < points.size(); i++) {
			total += points.get(i - 1).distance(points.get(i));
		}
		long turns = Math.max(2, Math.round(total / LOOP_SPACING));
		List<MapPoint> out = new ArrayList<>();
		int samples = (int) turns * 16;
		for (int i = 0; i <= samples; i++) {
			double s = total * i / samples;
			double angle = 2 * Math.PI * turns * i / samples;
			MapPoint[] at = along(points, s);
			double tx = at[1].x();
			double ty = at[1].y();
			double along = LOOP * Math.sin(angle);
			double across = -LOOP * Math.cos(angle);
			out.add(new MapPoint(at[0].x() + tx * along - ty * across, at[0].y() + ty * along + tx * across));
		}
		return out;
	}

	/**
	 * The point at distance {@code s} along the polyline and the unit direction there.
	 */
	private static MapPoint[] along(List<MapPoint> points, double s) {
		double walked = 0;
		for (int i = 1; i < points.size(); i++) {
			MapPoint a = points.get(i - 1);
			MapPoint b = points.get(i);
			double length = a.distance(b);
			if (length > 0 && (walked + length >= s || i == points.size() - 1)) {
				double t = Math.min(1, (s - walked) / length);
				MapPoint unit = new MapPoint((b.x() - a.x()) / length, (b.y() - a.y()) / length);
				return new MapPoint[] { new MapPoint(a.x() + t * (b.x() - a.x()), a.y() + t * (b.y() - a.y())), unit };
			}
			walked += length;
		}
		return new MapPoint[] { points.get(0), new MapPoint(0, 1) };
	}

	private static MapPoint halfway(List<MapPoint> points) {
		double total = 0;
		for (int i = 1; i < points.size(); i++) {
			total += points.get(i - 1).distance(points.get(i));
		}
		return along(points, total / 2)[0];
	}

}
