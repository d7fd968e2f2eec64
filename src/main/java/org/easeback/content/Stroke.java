package org.easeback.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One numbered stroke of a {@link Diagram}, drawn as an arrow on the body map. The path's
 * first point is where the hands (or the ball, the roller) start and its order is the
 * direction of travel. A {@link Side#BOTH} stroke is written for the person's left side
 * and drawn on both: the right one is its mirror image across the spine.
 *
 * @param label what the hands do, in our own words, without side or pressure (those come
 * from the other fields)
 * @param side where the stroke is made
 * @param motion how the hands travel along the path
 * @param pressing true when the stroke presses into the muscle; a pressing stroke never
 * touches the spine zone
 * @param path points in the body map's coordinates, at least one
 */
public record Stroke(String label, Side side, Motion motion, boolean pressing, List<MapPoint> path) {

	public Stroke {
		if (label == null || label.isBlank()) {
			throw new IllegalArgumentException("a stroke needs a label");
		}
		Objects.requireNonNull(side, "side");
		Objects.requireNonNull(motion, "motion");
		path = List.copyOf(path);
		if (path.isEmpty() || (path.size() < 2 && !motion.inPlace())) {
			throw new IllegalArgumentException(
					"a " + motion + " stroke needs at least " + (motion.inPlace() ? 1 : 2) + " points in its path");
		}
	}

	/** The paths as drawn: the path itself and, for both sides, its mirror image. */
	public List<List<MapPoint>> drawnPaths() {
		List<List<MapPoint>> out = new ArrayList<>();
		out.add(this.path);
		if (this.side == Side.BOTH) {
			double axis = BodyMapGeometry.standard().centreX();
			out.add(this.path.stream().map(point -> point.mirror(axis)).toList());
		}
		return out;
	}

	/** Everything needed to draw the stroke, one trace per drawn path. */
	public List<StrokeTrace> traces() {
		return drawnPaths().stream().map(points -> StrokeDrawing.trace(this, points)).toList();
	}

	/**
	 * The stroke in words, for example "Thumbs slide …: upward, on the left side,
	 * pressing."
	 */
	public String sentence() {
		return StrokeSentence.of(this);
	}

	/** Where a stroke is made; left and right are the person's own sides. */
	public enum Side {

		/** The person's left side only. */
		LEFT("on the left side"),
		/** The person's right side only. */
		RIGHT("on the right side"),
		/** Both sides at once, mirrored across the spine. */
		BOTH("on both sides at once"),
		/** In the middle, such as on the sacrum. */
		CENTRE("in the middle");

		private final String phrase;

		Side(String phrase) {
			this.phrase = phrase;
		}

		/** The side in words, for the text description. */
		public String phrase() {
			return this.phrase;
		}

	}

	/** How the hands or the tool travel along the path. */
	public enum Motion {

		/** One way from the first point to the last. */
		GLIDE(0),
		/** To and fro along the path, as in rolling or rocking. */
		BACK_AND_FORTH(0),
		/** Small circles travelling along the path, or on one spot. */
		CIRCLES(8),
		/** Press and hold at each point, then move on to the next. */
		HOLD(8);

		private final double reach;

		Motion(double reach) {
			this.reach = reach;
		}

		/**
		 * How far the hands reach beyond the path itself, in map units: the radius of a
		 * circle on one spot and of the ring drawn around a held spot.
		 */
		public double reach() {
			return this.reach;
		}

		/** True when the motion can stay on one spot. */
		public boolean inPlace() {
			return this == CIRCLES || this == HOLD;
		}

	}

}
