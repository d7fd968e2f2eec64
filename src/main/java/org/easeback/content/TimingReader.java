package org.easeback.content;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a {@code timing} map. A value is a whole number or a two-number list
 * {@code [min, max]}; every value must be positive.
 */
final class TimingReader {

	private static final Set<String> KEYS = Set.of("seconds", "holdSeconds", "repetitions", "eachSide");

	private TimingReader() {
	}

	static Timing read(RawItem item) {
		Object raw = item.raw("timing");
		if (raw == null) {
			return null;
		}
		if (!(raw instanceof Map<?, ?> map)) {
			item.problem("field 'timing' must be a map");
			return null;
		}
		map.keySet()
			.stream()
			.filter(key -> !KEYS.contains(String.valueOf(key)))
			.forEach(key -> item.problem("unknown field 'timing." + key + "'"));
		Span seconds = span(item, "seconds", map.get("seconds"));
		Span hold = span(item, "holdSeconds", map.get("holdSeconds"));
		Span repetitions = span(item, "repetitions", map.get("repetitions"));
		Object eachSide = map.get("eachSide");
		if (seconds == null) {
			if (map.get("seconds") == null) {
				item.problem("missing required field 'timing.seconds'");
			}
			return null;
		}
		return new Timing(seconds, hold, repetitions, Boolean.TRUE.equals(eachSide));
	}

	private static Span span(RawItem item, String key, Object value) {
		if (value == null) {
			return null;
		}
		try {
			if (value instanceof Integer single) {
				return Span.of(single);
			}
			if (value instanceof List<?> pair && pair.size() == 2 && pair.get(0) instanceof Integer min
					&& pair.get(1) instanceof Integer max) {
				return Span.between(min, max);
			}
			item.problem("timing." + key + " must be a whole number or [min, max], found " + value);
		}
		catch (IllegalArgumentException ex) {
			item.problem("timing." + key + " " + ex.getMessage());
		}
		return null;
	}

}
