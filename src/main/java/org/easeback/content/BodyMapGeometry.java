package org.easeback.content;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.easeback.shared.Region;

/**
 * The one description of the back-view body map: the outline, the head and one SVG path
 * per {@link Region}. The body map and diagram templates draw these paths, and the
 * diagram checks measure against the same shapes, so what is drawn and what is checked
 * cannot drift apart. Coordinates run in a {@code 0 0 200 300} box; the person's left is
 * on the left of the picture and the spine runs down the middle at {@code x = 100}.
 */
public final class BodyMapGeometry {

	/** How far a pressing stroke keeps from the spine zone, at least, in map units. */
	public static final double SPINE_MARGIN = 2;

	private static final BodyMapGeometry STANDARD = new BodyMapGeometry();

	private static final String OUTLINE = "M88 38 L112 38 L114 46 Q150 46 160 60 L156 130 Q160 200 154 236 "
			+ "Q150 300 100 298 Q50 300 46 236 Q40 200 44 130 L40 60 Q50 46 86 46 Z";

	private final Map<Region, String> paths;

	private final Map<Region, Shape> shapes = new EnumMap<>(Region.class);

	private final Shape outline;

	private BodyMapGeometry() {
		Map<Region, String> paths = new LinkedHashMap<>();
		// drawing order: larger areas first, the spine last so it is always on top
		paths.put(Region.UPPER_BACK, "M52 52 Q100 40 148 52 L146 108 L54 108 Z");
		paths.put(Region.MID_BACK_LEFT, "M62 110 L93 110 L93 158 L62 158 Z");
		paths.put(Region.MID_BACK_RIGHT, "M107 110 L138 110 L138 158 L107 158 Z");
		paths.put(Region.FLANK_LEFT, "M47 128 L60 128 L60 212 L49 212 Q44 170 47 128 Z");
		paths.put(Region.FLANK_RIGHT, "M140 128 L153 128 Q156 170 151 212 L140 212 Z");
		paths.put(Region.LUMBAR_LEFT, "M62 160 L93 160 L93 212 L62 212 Z");
		paths.put(Region.LUMBAR_RIGHT, "M107 160 L138 160 L138 212 L107 212 Z");
		paths.put(Region.ILIAC_CREST_LEFT, "M50 226 Q70 208 92 216 L92 226 Q70 220 52 236 Z");
		paths.put(Region.ILIAC_CREST_RIGHT, "M108 216 Q130 208 150 226 L148 236 Q130 220 108 226 Z");
		paths.put(Region.GLUTE_LEFT, "M52 240 Q72 226 96 236 L96 284 Q72 298 54 282 Z");
		paths.put(Region.GLUTE_RIGHT, "M104 236 Q128 226 148 240 L146 282 Q128 298 104 284 Z");
		paths.put(Region.SACRUM, "M89 228 L111 228 L100 262 Z");
		paths.put(Region.SPINE, "M96 48 L104 48 L104 224 L96 224 Z");
		this.paths = paths;
		paths.forEach((region, data) -> this.shapes.put(region, Shape.ofSvgPath(data)));
		this.outline = Shape.ofSvgPath(OUTLINE);
	}

	/** The body map every page draws. */
	public static BodyMapGeometry standard() {
		return STANDARD;
	}

	/** The SVG {@code viewBox} of the map. */
	public String viewBox() {
		return "0 0 200 300";
	}

	/** SVG path data of the body outline (the torso; the head is a separate circle). */
	public String outlinePath() {
		return OUTLINE;
	}

	/** The centre of the head circle. */
	public MapPoint head() {
		return new MapPoint(100, 22);
	}

	/** The radius of the head circle. */
	public double headRadius() {
		return 17;
	}

	/**
	 * The vertical line down the middle of the spine; left and right mirror across it.
	 */
	public double centreX() {
		return 100;
	}

	/** Every region in drawing order, the spine last. */
	public List<Region> regions() {
		return List.copyOf(this.paths.keySet());
	}

	/** Every region but the spine, in drawing order. */
	public List<Region> regionsBesideTheSpine() {
		return regions().stream().filter(region -> !region.isNoPressureZone()).toList();
	}

	/** SVG path data of one region. */
	public String path(Region region) {
		return this.paths.get(region);
	}

	/** SVG path data of the spine, the no-pressure zone. */
	public String spinePath() {
		return path(Region.SPINE);
	}

	/** The middle of the spine zone, where its label sits. */
	public MapPoint spineMiddle() {
		return this.shapes.get(Region.SPINE).middle();
	}

	/** True when the point lies on the body (inside the outline or on its edge). */
	boolean onBody(MapPoint point) {
		return this.outline.contains(point);
	}

	/**
	 * The distance from a polyline to the spine zone; zero when it touches or crosses it.
	 */
	double distanceFromSpine(List<MapPoint> polyline) {
		return this.shapes.get(Region.SPINE).distance(polyline);
	}

	/** The flattened shape of a region. */
	Shape shape(Region region) {
		return this.shapes.get(region);
	}

}
