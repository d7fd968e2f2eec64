package org.easeback.content;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.easeback.shared.Pressure;

/** Reads an item's {@code steps}: each entry plain text or a map of wordings. */
final class StepLineReader {

	private static final Set<String> KEYS = Set.of("text", "light", "medium", "firm", "sideLying", "partner", "only",
			"from", "upTo");

	/** The one value {@code only} takes. */
	static final String BOTH_SIDES = "BOTH_SIDES";

	private StepLineReader() {
	}

	static List<StepLine> read(RawItem raw) {
		Object value = raw.raw("steps");
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> entries)) {
			raw.problem("field 'steps' must be a list");
			return List.of();
		}
		List<StepLine> lines = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			Object entry = entries.get(i);
			if (entry instanceof String s && !s.isBlank()) {
				lines.add(StepLine.plain(s.strip()));
			}
			else if (entry instanceof Map<?, ?> map) {
				StepLine line = line(raw.nested(map, "step " + (i + 1)));
				if (line != null) {
					lines.add(line);
				}
			}
			else {
				raw.problem("field 'steps' must list text or wordings, found " + entry);
			}
		}
		return lines;
	}

	private static StepLine line(RawItem raw) {
		raw.onlyKeys(KEYS);
		String text = raw.text("text", true);
		Map<Pressure, String> byPressure = new EnumMap<>(Pressure.class);
		for (Pressure level : Pressure.values()) {
			String wording = raw.text(level.name().toLowerCase(Locale.ROOT), false);
			if (wording != null) {
				byPressure.put(level, wording);
			}
		}
		String only = raw.text("only", false);
		if (only != null && !BOTH_SIDES.equals(only)) {
			raw.problem("unknown only '" + only + "' (use " + BOTH_SIDES + ")");
		}
		Pressure from = raw.constant("from", Pressure.class, false);
		Pressure upTo = raw.constant("upTo", Pressure.class, false);
		if (text == null) {
			return null;
		}
		return new StepLine(text, byPressure, raw.text("sideLying", false), raw.text("partner", false),
				BOTH_SIDES.equals(only), from, upTo);
	}

}
