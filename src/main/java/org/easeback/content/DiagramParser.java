package org.easeback.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns one entry of {@code diagrams.yaml} into a {@link Diagram}, recording every
 * problem with the file, the item id and the stroke or frame number.
 */
final class DiagramParser {

	private static final Set<String> KEYS = Set.of("tool", "strokes", "frames");

	private static final Set<String> STROKE_KEYS = Set.of("label", "side", "motion", "pressing", "path");

	private static final Set<String> FRAME_KEYS = Set.of("caption", "head", "lines");

	private DiagramParser() {
	}

	/** The parsed diagram, or {@code null} when it could not be built. */
	static Diagram parse(RawItem raw) {
		raw.onlyKeys(KEYS);
		Diagram.Tool tool = raw.constant("tool", Diagram.Tool.class, false);
		List<Stroke> strokes = new ArrayList<>();
		List<PostureFrame> frames = new ArrayList<>();
		int count = 0;
		for (Map<?, ?> map : maps(raw, "strokes")) {
			count++;
			add(strokes, stroke(raw.nested(map, "stroke " + count)));
		}
		count = 0;
		for (Map<?, ?> map : maps(raw, "frames")) {
			count++;
			add(frames, frame(raw.nested(map, "frame " + count)));
		}
		try {
			return new Diagram(raw.id(), tool, strokes, frames);
		}
		catch (IllegalArgumentException ex) {
			raw.problem(ex.getMessage());
			return null;
		}
	}

	private static Stroke stroke(RawItem raw) {
		raw.onlyKeys(STROKE_KEYS);
		String label = raw.text("label", true);
		Stroke.Side side = raw.constant("side", Stroke.Side.class, true);
		Stroke.Motion motion = raw.constant("motion", Stroke.Motion.class, true);
		if (!(raw.raw("pressing") instanceof Boolean)) {
			raw.problem("needs 'pressing: true' or 'pressing: false'");
		}
		List<MapPoint> path = points(raw, raw.raw("path"), "path");
		if (label == null || side == null || motion == null || path == null) {
			return null;
		}
		return build(raw, () -> new Stroke(label, side, motion, Boolean.TRUE.equals(raw.raw("pressing")), path));
	}

	private static PostureFrame frame(RawItem raw) {
		raw.onlyKeys(FRAME_KEYS);
		String caption = raw.text("caption", true);
		List<MapPoint> head = points(raw, List.of(raw.raw("head")), "head");
		List<List<MapPoint>> lines = new ArrayList<>();
		if (raw.raw("lines") instanceof List<?> list) {
			list.forEach(line -> lines.add(points(raw, line, "lines")));
		}
		else {
			raw.problem("needs 'lines': a list of lines, each a list of [x, y] points");
		}
		if (caption == null || head == null || lines.contains(null)) {
			return null;
		}
		return build(raw, () -> new PostureFrame(caption, head.get(0), lines));
	}

	/** A list of {@code [x, y]} pairs, or {@code null} with a problem recorded. */
	private static List<MapPoint> points(RawItem raw, Object value, String field) {
		if (!(value instanceof List<?> list) || list.isEmpty()) {
			raw.problem("'" + field + "' needs a list of [x, y] points");
			return null;
		}
		List<MapPoint> points = new ArrayList<>();
		for (Object entry : list) {
			if (entry instanceof List<?> pair && pair.size() == 2 && pair.get(0) instanceof Number x
					&& pair.get(1) instanceof Number y) {
				points.add(new MapPoint(x.doubleValue(), y.doubleValue()));
			}
			else {
				raw.problem("'" + field + "' has " + entry + " where a point [x, y] of two numbers belongs");
				return null;
			}
		}
		return points;
	}

	private static List<Map<?, ?>> maps(RawItem raw, String key) {
		Object value = raw.raw(key);
		List<Map<?, ?>> out = new ArrayList<>();
		if (value == null) {
			return out;
		}
		if (!(value instanceof List<?> list)) {
			raw.problem("field '" + key + "' must be a list");
			return out;
		}
		for (Object entry : list) {
			if (entry instanceof Map<?, ?> map) {
				out.add(map);
			}
			else {
				raw.problem("field '" + key + "' must list maps, found " + entry);
			}
		}
		return out;
	}

	private static <T> T build(RawItem raw, java.util.function.Supplier<T> constructor) {
		try {
			return constructor.get();
		}
		catch (IllegalArgumentException ex) {
			raw.problem(ex.getMessage());
			return null;
		}
	}

	private static <T> void add(List<T> list, T value) {
		if (value != null) {
			list.add(value);
		}
	}

}
