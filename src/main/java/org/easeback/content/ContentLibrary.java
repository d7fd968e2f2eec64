package org.easeback.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.easeback.shared.Region;

/**
 * The validated, read-only content library: every technique, self-massage, stretch,
 * modality, region, set-up step, aftercare step and piece of background, in the order of
 * the content files. Available as a Spring bean; {@link #standard()} gives the same
 * library to code and tests that run without Spring.
 */
public final class ContentLibrary {

	private static volatile ContentLibrary standard;

	private final List<Source> sources;

	private final Map<String, ContentItem> items;

	private final Map<String, Diagram> diagrams;

	/** Read on every plan: worked out once instead of scanning every item each time. */
	private final List<ContentItem> oils;

	private final Map<Region, Optional<ContentItem>> regionItems;

	/**
	 * {@link #plainAreas()}: not made in the constructor, since libraries made for tests
	 * may lack region items.
	 */
	private volatile List<BodyMapView.Area> plainAreas;

	ContentLibrary(List<Source> sources, List<ContentItem> items) {
		this(sources, items, Map.of());
	}

	ContentLibrary(List<Source> sources, List<ContentItem> items, Map<String, Diagram> diagrams) {
		this.sources = List.copyOf(sources);
		Map<String, ContentItem> byId = new LinkedHashMap<>();
		items.forEach(item -> byId.put(item.id(), item));
		this.items = byId;
		this.diagrams = Map.copyOf(diagrams);
		this.oils = this.items.values().stream().filter(ContentItem::oil).toList();
		Map<Region, Optional<ContentItem>> regionItems = new EnumMap<>(Region.class);
		for (Region region : Region.values()) {
			regionItems.put(region,
					this.items.values()
						.stream()
						.filter(item -> item.kind() == Kind.REGION && item.targets(region))
						.findFirst());
		}
		this.regionItems = regionItems;
	}

	/**
	 * The library built from the content files on the class path, loaded and validated
	 * once.
	 * @throws IllegalStateException (a content exception) when the content is invalid
	 */
	public static ContentLibrary standard() {
		ContentLibrary library = standard;
		if (library == null) {
			ContentLoader.Loaded loaded = ContentLoader.load(ContentFiles.sources(), ContentFiles.items());
			ContentCompleteness.check(loaded.items());
			Map<String, Diagram> diagrams = DiagramLoader.load(ContentFiles.diagrams(), loaded.items());
			library = new ContentLibrary(loaded.sources(), loaded.items(), diagrams);
			standard = library;
		}
		return library;
	}

	/** Every item, in file order. */
	public List<ContentItem> all() {
		return List.copyOf(this.items.values());
	}

	/** The item with the given id, if there is one. */
	public Optional<ContentItem> find(String id) {
		return Optional.ofNullable(id == null ? null : this.items.get(id));
	}

	/** Every item of one kind, in file order. */
	public List<ContentItem> byKind(Kind kind) {
		return search(LibraryQuery.any().withKind(kind));
	}

	/** Every item that matches the query, in file order. */
	public List<ContentItem> search(LibraryQuery query) {
		return this.items.values().stream().filter(query::matches).toList();
	}

	/**
	 * The region item describing an area of the body map; every region has one.
	 * @throws NoSuchElementException never for the standard library, whose completeness
	 * is checked at load
	 */
	public ContentItem region(Region region) {
		return this.regionItems.get(region)
			.orElseThrow(() -> new NoSuchElementException("No region item for " + region));
	}

	/** One region item per area of the body map, in the order of {@link Region}. */
	public List<ContentItem> regions() {
		return java.util.Arrays.stream(Region.values()).map(this::region).toList();
	}

	/** The oils and lotions the planner may suggest, each with its allergens. */
	public List<ContentItem> oils() {
		return this.oils;
	}

	/**
	 * The diagram of a practice item: strokes on the body map for a technique or
	 * self-massage, start and end positions for a stretch. Every technique, self-massage
	 * and stretch of the standard library has one; other items and unknown ids have none.
	 * Templates draw it with {@code content/diagram :: diagram(item, size)}.
	 */
	public Optional<Diagram> diagram(String itemId) {
		return Optional.ofNullable(itemId == null ? null : this.diagrams.get(itemId));
	}

	/**
	 * The body map's shapes, shared by the templates that draw it and the diagram checks.
	 */
	public BodyMapGeometry bodyMap() {
		return BodyMapGeometry.standard();
	}

	/**
	 * The body map with some areas highlighted, ready to draw.
	 * @param highlighted the areas to highlight, in the order the caption lists them, or
	 * null for none
	 */
	public BodyMapView bodyMapView(Collection<Region> highlighted) {
		List<BodyMapView.Area> plain = plainAreas();
		if (highlighted == null || highlighted.isEmpty()) {
			return new BodyMapView(BodyMapGeometry.standard(), plain, List.of());
		}
		List<BodyMapView.Area> areas = new ArrayList<>(plain.size());
		for (BodyMapView.Area area : plain) {
			areas.add(highlighted.contains(area.region()) ? area.highlight() : area);
		}
		List<String> names = highlighted.stream().map((region) -> region(region).name()).toList();
		return new BodyMapView(BodyMapGeometry.standard(), List.copyOf(areas), names);
	}

	/**
	 * One checkbox per area of the body map, in the order of {@link Region}.
	 * @param selected the ticked areas, or null for none
	 */
	public List<BodyMapView.Choice> regionChoices(Collection<Region> selected) {
		List<BodyMapView.Choice> choices = new ArrayList<>(Region.values().length);
		for (Region region : Region.values()) {
			choices.add(new BodyMapView.Choice(region.name(), region(region).name(),
					selected != null && selected.contains(region)));
		}
		return choices;
	}

	/** The areas in drawing order, none highlighted: made on first use, then kept. */
	private List<BodyMapView.Area> plainAreas() {
		List<BodyMapView.Area> areas = this.plainAreas;
		if (areas == null) {
			BodyMapGeometry geometry = BodyMapGeometry.standard();
			areas = geometry.regions()
				.stream()
				.map((region) -> BodyMapView.Area.of(region, geometry, region(region).name()))
				.toList();
			this.plainAreas = areas;
		}
		return areas;
	}

	/** The source articles, each with its file name and title. */
	public List<Source> sources() {
		return this.sources;
	}

}
