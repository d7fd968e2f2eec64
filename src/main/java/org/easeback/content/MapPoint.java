package org.easeback.content;

/**
 * A point in the body map's coordinate system: {@code x} grows to the right of the
 * picture (the person's right side, as the map shows the back), {@code y} grows toward
 * the hips. The map spans {@code 0 0 200 300}; see {@link BodyMapGeometry}.
 *
 * @param x horizontal position
 * @param y vertical position
 */
public record MapPoint(double x, double y) {

	public MapPoint {
		if (!Double.isFinite(x) || !Double.isFinite(y)) {
			throw new IllegalArgumentException("a point needs finite coordinates, was [" + x + ", " + y + "]");
		}
	}

	/** The point mirrored across the vertical line {@code x = axis}. */
	public MapPoint mirror(double axis) {
		return new MapPoint(2 * axis - this.x, this.y);
	}

	/** The distance to another point. */
	public double distance(MapPoint other) {
		return Math.hypot(other.x - this.x, other.y - this.y);
	}

	/** The point as SVG coordinates, {@code "x y"}, with at most one decimal. */
	public String svg() {
		return number(this.x) + " " + number(this.y);
	}

	@Override
	public String toString() {
		return "[" + number(this.x) + ", " + number(this.y) + "]";
	}

	static String number(double value) {
		double rounded = Math.round(value * 10) / 10.0;
		return (rounded == Math.rint(rounded)) ? String.valueOf((long) rounded) : String.valueOf(rounded);
	}

}
