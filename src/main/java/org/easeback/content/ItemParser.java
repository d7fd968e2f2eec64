package org.easeback.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.easeback.shared.Allergen;
import org.easeback.shared.Pressure;
import org.easeback.shared.Region;
import org.easeback.shared.TechniqueTag;

/** Turns one item's YAML map into a {@link ContentItem}, recording every problem. */
final class ItemParser {

	private static final Set<String> KEYS = Set.of("id", "name", "summary", "steps", "details", "hands", "who",
			"regions", "equipment", "pressure", "timing", "cautions", "contraindications", "tags", "sources",
			"disagreement", "oil", "allergens");

	private final SourceCatalog catalog;

	ItemParser(SourceCatalog catalog) {
		this.catalog = catalog;
	}

	/** The parsed item, or {@code null} when it could not be built. */
	ContentItem parse(Kind kind, RawItem raw) {
		raw.onlyKeys(KEYS);
		String name = raw.text("name", true);
		String summary = raw.text("summary", true);
		Who who = raw.constant("who", Who.class, kind.practice() || kind == Kind.MODALITY);
		List<Region> regions = raw.constants("regions", Region.class);
		List<Equipment> equipment = raw.constants("equipment", Equipment.class);
		Pressure pressure = raw.constant("pressure", Pressure.class, kind.practice());
		Timing timing = TimingReader.read(raw);
		List<TechniqueTag> tags = raw.constants("tags", TechniqueTag.class);
		List<Allergen> allergens = raw.constants("allergens", Allergen.class);
		List<Source> sources = sources(raw);
		List<StepLine> lines = StepLineReader.read(raw);
		ContentItem item = new ContentItem(raw.id(), kind, orBlank(name), orBlank(summary),
				lines.stream().map(StepLine::text).toList(), raw.texts("details"), raw.text("hands", false),
				who == null ? Who.ANYONE : who, regions, equipment, pressure, timing, raw.texts("cautions"),
				raw.texts("contraindications"), tags, sources, raw.text("disagreement", false), raw.flag("oil"),
				allergens, lines);
		ItemRules.check(item, raw);
		return item;
	}

	private List<Source> sources(RawItem raw) {
		List<Source> sources = new ArrayList<>();
		for (String file : raw.texts("sources")) {
			this.catalog.find(file)
				.ifPresentOrElse(sources::add,
						() -> raw.problem("unknown source '" + file + "' (not in sources.yaml)"));
		}
		if (raw.raw("sources") == null) {
			raw.problem("missing required field 'sources'");
		}
		return sources;
	}

	private static String orBlank(String text) {
		return text == null ? "" : text;
	}

}
