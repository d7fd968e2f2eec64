package org.easeback.content;

import java.util.List;

import org.easeback.shared.Region;

/**
 * The body map as one page draws it (content/body-map.html): the geometry, every area
 * with its path, title and whether it is highlighted, and the highlighted areas' names
 * for the caption. Worked out in Java because the template did it with about five
 * expressions per area on every page that shows the map (docs/decisions/0006). Public:
 * the diary, planner, hand-off and therapist pages draw the map too.
 *
 * @param geometry the outline and head
 * @param areas every area in drawing order, the spine last
 * @param highlightedNames the highlighted areas' names, in the order they were given
 */
public record BodyMapView(BodyMapGeometry geometry, List<Area> areas, List<String> highlightedNames) {

	/** Whether any area is highlighted. */
	public boolean hasHighlights() {
		return !this.highlightedNames.isEmpty();
	}

	/**
	 * One area of the map.
	 *
	 * @param region the area
	 * @param id the path's id, e.g. "region-LUMBAR_LEFT"
	 * @param path SVG path data
	 * @param name its name, from its region item
	 * @param highlighted whether it is highlighted
	 */
	public record Area(Region region, String id, String path, String name, boolean highlighted) {

		static Area of(Region region, BodyMapGeometry geometry, String name) {
			return new Area(region, "region-" + region.name(), geometry.path(region), name, false);
		}

		Area highlight() {
			return new Area(this.region, this.id, this.path, this.name, true);
		}

		/** Whether the area is never pressed (the spine), which its title says. */
		public boolean neverPressed() {
			return this.region.isNoPressureZone();
		}

		/** The hatch pattern for a highlighted area, else null (no attribute). */
		public String fill() {
			return this.highlighted ? "url(#body-map-hatch)" : null;
		}

	}

	/**
	 * One checkbox of the area picker.
	 *
	 * @param value the area's name, e.g. "LUMBAR_LEFT"
	 * @param label e.g. "Lower back, left side"
	 * @param checked whether it is ticked
	 */
	public record Choice(String value, String label, boolean checked) {
	}

}
