package org.easeback.content;

import java.util.List;

/**
 * One drawn copy of a stroke, ready for SVG: the line, its arrowheads, the start point
 * and the spots where a hold presses.
 *
 * @param line SVG path data of the line
 * @param heads SVG path data of each arrowhead
 * @param start where the hands start
 * @param spots the points a {@link Stroke.Motion#HOLD} presses on; empty for other
 * motions
 */
public record StrokeTrace(String line, List<String> heads, MapPoint start, List<MapPoint> spots) {

	/**
	 * Radius of the ring drawn around each held spot: the reach that the checks allow
	 * for.
	 */
	public double spotRadius() {
		return Stroke.Motion.HOLD.reach();
	}

	public StrokeTrace {
		if (line == null || start == null) {
			throw new IllegalArgumentException("a trace needs a line and a start");
		}
		heads = List.copyOf(heads);
		spots = List.copyOf(spots);
	}

}
