package org.easeback.content;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How the hands move over a stroke diagram: a marker on each drawn stroke travels its
 * line in the stroke's direction, the strokes one after the other in their numbered
 * order, both sides of a two-sided stroke together, and the whole round repeats. Times
 * and points are fractions of the round and of the line, as SVG's {@code animateMotion}
 * reads them. A stretch's positions do not move.
 *
 * @param seconds how long one round takes
 * @param movers one per drawn stroke, in drawing order
 */
public record DiagramMotion(double seconds, List<Mover> movers) {

	/** Map units the hands cover in a second: an unhurried massage pace. */
	private static final double PACE = 30;

	/** The shortest time a stroke takes, so a short one can still be followed by eye. */
	private static final double SHORTEST = 2;

	/** How long the hands rest on a held spot. */
	private static final double HOLD = 1.2;

	/** A breath between strokes, so the next number reads as a new stroke. */
	private static final double BETWEEN = 0.5;

	/** A longer pause before the round starts again. */
	private static final double AFTER_ROUND = 1;

	public DiagramMotion {
		movers = List.copyOf(movers);
	}

	static DiagramMotion of(Diagram diagram) {
		List<Timed> timed = new ArrayList<>();
		double clock = 0;
		List<Stroke> strokes = diagram.strokes();
		for (int s = 0; s < strokes.size(); s++) {
			Stroke stroke = strokes.get(s);
			List<StrokeTrace> traces = stroke.traces();
			double length = traces.get(0).length();
			double travel = length / PACE * ((stroke.motion() == Stroke.Motion.BACK_AND_FORTH) ? 2 : 1);
			if (stroke.motion() == Stroke.Motion.HOLD) {
				travel += HOLD * stroke.path().size();
			}
			double duration = Math.max(SHORTEST, travel);
			for (int t = 0; t < traces.size(); t++) {
				timed.add(new Timed(s + 1, t, clock, duration,
						keyframes(stroke.motion(), traces.get(t), clock, duration)));
			}
			clock += duration + BETWEEN;
		}
		if (timed.isEmpty()) {
			return new DiagramMotion(0, List.of());
		}
		double round = clock - BETWEEN + AFTER_ROUND;
		return new DiagramMotion(round, timed.stream().map(t -> t.mover(round)).toList());
	}

	/**
	 * Where on the line the hands are at which time, from the stroke's start to its end.
	 */
	private static List<double[]> keyframes(Stroke.Motion motion, StrokeTrace trace, double start, double duration) {
		List<double[]> frames = new ArrayList<>();
		double end = start + duration;
		switch (motion) {
			case BACK_AND_FORTH -> {
				frames.add(new double[] { start, 0.5 });
				frames.add(new double[] { start + duration / 4, 1 });
				frames.add(new double[] { start + duration * 3 / 4, 0 });
				frames.add(new double[] { end, 0.5 });
			}
			case HOLD -> {
				List<Double> spots = fractions(trace.route());
				double moving = (spots.size() > 1) ? (duration - HOLD * spots.size()) / (spots.size() - 1) : 0;
				double at = start;
				for (double spot : spots) {
					frames.add(new double[] { at, spot });
					at += HOLD;
					frames.add(new double[] { at, spot });
					at += moving;
				}
			}
			default -> {
				frames.add(new double[] { start, 0 });
				frames.add(new double[] { end, 1 });
			}
		}
		return frames;
	}

	/** How far along the line each of its points lies, as a fraction of its length. */
	private static List<Double> fractions(List<MapPoint> route) {
		double total = 0;
		List<Double> walked = new ArrayList<>();
		walked.add(0.0);
		for (int i = 1; i < route.size(); i++) {
			total += route.get(i - 1).distance(route.get(i));
			walked.add(total);
		}
		double length = total;
		return walked.stream().map(w -> (length > 0) ? w / length : 0).toList();
	}

	private record Timed(int stroke, int trace, double start, double duration, List<double[]> frames) {

		Mover mover(double round) {
			List<Double> times = new ArrayList<>();
			List<Double> points = new ArrayList<>();
			if (this.start > 0) {
				times.add(0.0);
				points.add(this.frames.get(0)[1]);
			}
			for (double[] frame : this.frames) {
				times.add(fraction(frame[0], round));
				points.add(round(frame[1]));
			}
			times.add(1.0);
			points.add(this.frames.get(this.frames.size() - 1)[1]);
			return new Mover(this.stroke, this.trace, times, points, fraction(this.start, round),
					fraction(this.start + this.duration, round));
		}

		private static double fraction(double time, double round) {
			return round(time / round);
		}

	}

	private static double round(double value) {
		return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).doubleValue();
	}

	private static String text(List<Double> values) {
		return values.stream()
			.map(v -> BigDecimal.valueOf(v).stripTrailingZeros().toPlainString())
			.collect(Collectors.joining(";"));
	}

	/** The round's length as an SVG clock value. */
	public String duration() {
		return text(List.of(round(this.seconds))) + "s";
	}

	/**
	 * The hands on one drawn stroke.
	 *
	 * @param stroke the stroke's number, from one
	 * @param trace which drawn copy of the stroke: the second is the mirrored side
	 * @param keyTimes fractions of the round, from 0 to 1
	 * @param keyPoints where the hands are on the line at each of those times
	 * @param from when in the round the hands appear on this stroke
	 * @param until when they leave it
	 */
	public record Mover(int stroke, int trace, List<Double> keyTimes, List<Double> keyPoints, double from,
			double until) {

		public Mover {
			keyTimes = List.copyOf(keyTimes);
			keyPoints = List.copyOf(keyPoints);
		}

		/** {@code keyTimes} as the attribute reads. */
		public String keyTimesText() {
			return text(this.keyTimes);
		}

		/** {@code keyPoints} as the attribute reads. */
		public String keyPointsText() {
			return text(this.keyPoints);
		}

		/** When the hands show and hide, for a discrete opacity animation. */
		public String shownTimes() {
			return (this.from > 0) ? text(List.of(0.0, this.from, this.until)) : text(List.of(0.0, this.until));
		}

		/** The opacity at each of {@link #shownTimes()}: seen only on its own stroke. */
		public String shownValues() {
			return (this.from > 0) ? "0;1;0" : "1;0";
		}

	}

}
