package org.easeback.handoff;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.easeback.content.BodyMapView;

/**
 * The body map as the summary prints it: every area outlined on white paper with its
 * number, the areas to avoid hatched and outlined heavier, and a key of numbers to names.
 * Drawn with presentation attributes only, because the PDF's SVG renderer does not apply
 * the page's stylesheet to the map, and a shape without a fill attribute prints solid
 * black.
 *
 * @param viewBox the SVG viewBox of the map
 * @param outline the body outline's path data
 * @param headX the centre of the head
 * @param headY the centre of the head
 * @param headRadius the head's radius
 * @param areas every area in drawing order, the spine last
 */
public record PrintedBodyMap(String viewBox, String outline, double headX, double headY, double headRadius,
		List<Area> areas) {

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");

	/** The printed map of the map a page would draw. */
	public static PrintedBodyMap of(BodyMapView map) {
		var geometry = map.geometry();
		List<BodyMapView.Area> drawn = map.areas();
		List<Area> areas = new java.util.ArrayList<>(drawn.size());
		for (int i = 0; i < drawn.size(); i++) {
			BodyMapView.Area area = drawn.get(i);
			double[] middle = middle(area.path());
			areas.add(new Area(i + 1, area.path(), area.name(), area.highlighted(), area.neverPressed(), middle[0],
					middle[1]));
		}
		return new PrintedBodyMap(geometry.viewBox(), geometry.outlinePath(), geometry.head().x(), geometry.head().y(),
				geometry.headRadius(), List.copyOf(areas));
	}

	/**
	 * The middle of the box around a path's points, where its number goes: the areas are
	 * simple enough shapes for the middle of their box to fall inside them.
	 */
	static double[] middle(String path) {
		double minX = Double.MAX_VALUE;
		double maxX = -Double.MAX_VALUE;
		double minY = Double.MAX_VALUE;
		double maxY = -Double.MAX_VALUE;
		Matcher numbers = NUMBER.matcher(path);
		while (numbers.find()) {
			double x = Double.parseDouble(numbers.group());
			if (!numbers.find()) {
				break;
			}
			double y = Double.parseDouble(numbers.group());
			minX = Math.min(minX, x);
			maxX = Math.max(maxX, x);
			minY = Math.min(minY, y);
			maxY = Math.max(maxY, y);
		}
		return new double[] { (minX + maxX) / 2, (minY + maxY) / 2 };
	}

	/**
	 * One printed area.
	 *
	 * @param number its number on the map and in the key
	 * @param path its SVG path data
	 * @param name its name
	 * @param avoid whether the client asked for it to be avoided
	 * @param spine whether it is the spine, never pressed, drawn dashed
	 * @param labelX where its number sits
	 * @param labelY where its number sits
	 */
	public record Area(int number, String path, String name, boolean avoid, boolean spine, double labelX,
			double labelY) {

		/** Hatched when avoided, else white paper. */
		public String fill() {
			return this.avoid ? "url(#print-map-hatch)" : "#ffffff";
		}

		/** Heavier outline for an area to avoid. */
		public String strokeWidth() {
			return this.avoid ? "2.5" : "1";
		}

		/** Dashed for the spine and for areas to avoid, so neither depends on colour. */
		public String dashes() {
			return (this.avoid || this.spine) ? "5 3" : null;
		}

	}

}
