package org.easeback.content;

import java.util.List;

/**
 * One drawn copy of a stroke, ready for SVG: the line, its arrowheads, the start point
 * and the spots where a hold presses.
 *
 * @param line SVG path data of the line
 * @param route the points of that line in order, which the moving hands follow
 * @param heads SVG path data of each arrowhead
 * @param start where the hands start
 * @param spots the points a {@link Stroke.Motion#HOLD} presses on; empty for other
 * motions
 */
public record StrokeTrace(String line, List<MapPoint> route, List<String> heads, MapPoint start, List<MapPoint> spots) {

	/**
	 * Radius of the ring drawn around each held spot: the reach that the checks allow
	 * for.
	 */
	public double spotRadius() {
		return Stroke.Motion.HOLD.reach();
	}

	/** The length of the line in map units. */
	public double length() {
		double total = 0;
		for (int i = 1; i < this.route.size(); i++) {
			total += this.route.get(i - 1).distance(this.route.get(i));
		}
		return total;
	}

	public StrokeTrace {
		if (line == null || start == null || route == null || route.isEmpty()) {
			throw new IllegalArgumentException("a trace needs a line, its route and a start");
		}
		route = List.copyOf(route);
		heads = List.copyOf(heads);
		spots = List.copyOf(spots);
	}

}
