package org.easeback.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the small subset of SVG path data the body map uses (absolute {@code M},
 * {@code L}, {@code Q}, {@code Z}) into the corners of a polygon; curves become short
 * straight pieces.
 */
final class SvgPathData {

	private static final Pattern TOKEN = Pattern.compile("[MLQZ]|-?\\d+(\\.\\d+)?");

	private static final int CURVE_PIECES = 16;

	private SvgPathData() {
	}

	static List<MapPoint> flatten(String data) {
		List<String> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(data);
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		List<MapPoint> points = new ArrayList<>();
		String command = null;
		int i = 0;
		while (i < tokens.size()) {
			String token = tokens.get(i);
			if (Character.isLetter(token.charAt(0))) {
				command = token;
				i++;
				continue;
			}
			if ("Q".equals(command)) {
				MapPoint control = point(tokens, i);
				MapPoint end = point(tokens, i + 2);
				curve(points, control, end);
				i += 4;
			}
			else if ("M".equals(command) || "L".equals(command)) {
				points.add(point(tokens, i));
				i += 2;
			}
			else {
				throw new IllegalArgumentException("unsupported path data near '" + token + "' in " + data);
			}
		}
		return points;
	}

	private static void curve(List<MapPoint> points, MapPoint control, MapPoint end) {
		MapPoint start = points.get(points.size() - 1);
		for (int step = 1; step <= CURVE_PIECES; step++) {
			double t = (double) step / CURVE_PIECES;
			double u = 1 - t;
			points.add(new MapPoint(u * u * start.x() + 2 * u * t * control.x() + t * t * end.x(),
					u * u * start.y() + 2 * u * t * control.y() + t * t * end.y()));
		}
	}

	private static MapPoint point(List<String> tokens, int index) {
		return new MapPoint(Double.parseDouble(tokens.get(index)), Double.parseDouble(tokens.get(index + 1)));
	}

}
