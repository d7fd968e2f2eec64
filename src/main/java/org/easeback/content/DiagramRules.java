package org.easeback.content;

import java.util.List;

/**
 * What a diagram must respect beyond being readable: strokes for techniques and
 * self-massage, positions for stretches, every point on the body, each side where it
 * says, and no pressing stroke on or touching the spine zone of {@link BodyMapGeometry}.
 */
final class DiagramRules {

	/** Map units between the points checked along a path. */
	private static final double STEP = 1;

	private DiagramRules() {
	}

	static void check(Diagram diagram, ContentItem item, RawItem raw) {
		Kind kind = item.kind();
		if (kind == Kind.STRETCH && !diagram.posture()) {
			raw.problem("a stretch is drawn with 'frames' (start and end position), not strokes");
		}
		else if ((kind == Kind.TECHNIQUE || kind == Kind.SELF_MASSAGE) && diagram.posture()) {
			raw.problem("a " + kind + " is drawn with 'strokes' on the body map, not frames");
		}
		else if (!kind.practice()) {
			raw.problem("only techniques, self-massage and stretches have diagrams, not " + kind + " items");
		}
		for (int i = 0; i < diagram.strokes().size(); i++) {
			stroke(diagram.strokes().get(i), raw, "stroke " + (i + 1) + ": ");
		}
		if (diagram.posture() && diagram.frames().size() < 2) {
			raw.problem("a posture needs at least two frames, the start and the end position");
		}
		for (int i = 0; i < diagram.frames().size(); i++) {
			if (!diagram.frames().get(i).fitsPanel()) {
				raw.problem("frame " + (i + 1) + ": the figure must fit the " + PostureFrame.WIDTH + " by "
						+ PostureFrame.HEIGHT + " panel");
			}
		}
	}

	private static void stroke(Stroke stroke, RawItem raw, String where) {
		BodyMapGeometry map = BodyMapGeometry.standard();
		side(stroke, raw, where, map.centreX());
		for (List<MapPoint> path : stroke.drawnPaths()) {
			MapPoint off = firstOffBody(path, stroke.motion().reach(), map);
			if (off != null) {
				raw.problem(where + "point " + off + " is outside the body outline");
				return;
			}
			double clearance = map.distanceFromSpine(path) - stroke.motion().reach();
			if (stroke.pressing() && clearance <= BodyMapGeometry.SPINE_MARGIN) {
				raw.problem(where + "a pressing stroke "
						+ ((clearance <= 0) ? "crosses or touches"
								: "comes within " + MapPoint.number(clearance) + " of")
						+ " the spine zone (keep more than " + MapPoint.number(BodyMapGeometry.SPINE_MARGIN)
						+ " clear, or make it 'pressing: false')");
				return;
			}
		}
	}

	private static void side(Stroke stroke, RawItem raw, String where, double centre) {
		boolean allLeft = stroke.path().stream().allMatch(p -> p.x() < centre);
		boolean allRight = stroke.path().stream().allMatch(p -> p.x() > centre);
		switch (stroke.side()) {
			case LEFT, BOTH -> {
				if (!allLeft) {
					raw.problem(where + "a " + stroke.side() + " stroke is drawn on the left half (x below "
							+ MapPoint.number(centre) + ")"
							+ ((stroke.side() == Stroke.Side.BOTH) ? "; the right half is its mirror image" : ""));
				}
			}
			case RIGHT -> {
				if (!allRight) {
					raw.problem(where + "a RIGHT stroke is drawn on the right half (x above " + MapPoint.number(centre)
							+ ")");
				}
			}
			case CENTRE -> {
				// a centre stroke may lie anywhere; the spine check still applies
			}
		}
	}

	/** The first point along the path, or within its reach, that lies off the body. */
	private static MapPoint firstOffBody(List<MapPoint> path, double reach, BodyMapGeometry map) {
		for (MapPoint point : path) {
			if (!map.onBody(point)) {
				return point;
			}
		}
		for (int i = 0; i < path.size(); i++) {
			MapPoint a = path.get(i);
			MapPoint b = path.get(Math.min(i + 1, path.size() - 1));
			int steps = Math.max(1, (int) Math.ceil(a.distance(b) / STEP));
			for (int s = 0; s <= steps; s++) {
				double t = (double) s / steps;
				MapPoint p = new MapPoint(a.x() + t * (b.x() - a.x()), a.y() + t * (b.y() - a.y()));
				for (MapPoint probe : List.of(p, new MapPoint(p.x() - reach, p.y()), new MapPoint(p.x() + reach, p.y()),
						new MapPoint(p.x(), p.y() - reach), new MapPoint(p.x(), p.y() + reach))) {
					if (!map.onBody(probe)) {
						return probe;
					}
				}
			}
		}
		return null;
	}

}
