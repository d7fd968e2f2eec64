package org.easeback.handoff;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The pain scores of the last {@link #DAYS} days, drawn as a small SVG line (a
 * sparkline): x is the day, y the score from 0 (bottom) to 10 (top).
 *
 * @param from the first day shown
 * @param points the scores, oldest first
 */
public record PainTrend(LocalDate from, List<Point> points) {

	/** How many days the trend covers. */
	public static final int DAYS = 30;

	/** The sparkline's width in SVG units. */
	public static final int WIDTH = 300;

	/** The sparkline's height in SVG units. */
	public static final int HEIGHT = 60;

	public PainTrend {
		points = List.copyOf(points);
	}

	/** The {@code points} attribute of the SVG polyline. */
	public String polyline() {
		return this.points.stream().map(p -> x(p) + "," + y(p)).collect(Collectors.joining(" "));
	}

	/** The average score, or null without scores. */
	public Double average() {
		return this.points.isEmpty() ? null
				: Math.round(this.points.stream().mapToInt(Point::pain).average().orElse(0) * 10) / 10.0;
	}

	/** The latest score, or null without scores. */
	public Integer latest() {
		return this.points.isEmpty() ? null : this.points.get(this.points.size() - 1).pain();
	}

	/** The x of a point, in SVG units. */
	public long x(Point point) {
		long day = point.day().toEpochDay() - this.from.toEpochDay();
		return 4 + Math.round(day * (WIDTH - 8) / (double) (DAYS - 1));
	}

	/** The y of a point, in SVG units. */
	public long y(Point point) {
		return 4 + Math.round((10 - point.pain()) * (HEIGHT - 8) / 10.0);
	}

	/**
	 * One score.
	 *
	 * @param day the day it was felt
	 * @param pain 0 to 10
	 */
	public record Point(LocalDate day, int pain) {

	}

}
