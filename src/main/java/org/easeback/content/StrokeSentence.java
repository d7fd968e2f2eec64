package org.easeback.content;

/** Writes a stroke in words from its data: label, direction, side and pressure. */
final class StrokeSentence {

	/** Movements shorter than this, in map units, do not count as a direction. */
	private static final double SIGNIFICANT = 6;

	private StrokeSentence() {
	}

	static String of(Stroke stroke) {
		String pressure = stroke.pressing() ? "pressing" : "light contact, no pressing";
		return stroke.label() + ": " + direction(stroke) + ", " + stroke.side().phrase() + ", " + pressure + ".";
	}

	/** The direction of travel in words, from the first point to the last. */
	static String direction(Stroke stroke) {
		MapPoint start = stroke.path().get(0);
		MapPoint end = stroke.path().get(stroke.path().size() - 1);
		double centre = BodyMapGeometry.standard().centreX();
		double down = end.y() - start.y();
		double out = Math.abs(end.x() - centre) - Math.abs(start.x() - centre);
		String travel = travel(down, out);
		return switch (stroke.motion()) {
			case GLIDE -> travel;
			case BACK_AND_FORTH -> (Math.abs(down) >= Math.abs(out)) ? "up and down" : "side to side";
			case CIRCLES ->
				(stroke.path().size() == 1) ? "in slow circles on one spot" : "in small circles travelling " + travel;
			case HOLD -> (stroke.path().size() == 1) ? "press and hold on one spot"
					: "press and hold each spot, then move " + travel;
		};
	}

	private static String travel(double down, double out) {
		String vertical = (down < -SIGNIFICANT) ? "upward" : (down > SIGNIFICANT) ? "downward" : null;
		String horizontal = (out > SIGNIFICANT) ? "outward" : (out < -SIGNIFICANT) ? "inward" : null;
		if (vertical != null && horizontal != null) {
			return vertical + " and " + horizontal;
		}
		if (vertical != null) {
			return vertical;
		}
		return (horizontal != null) ? horizontal : "in place";
	}

}
