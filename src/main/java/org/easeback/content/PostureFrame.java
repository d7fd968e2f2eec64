package org.easeback.content;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One position of a stretch, drawn as a stick figure from the side in a small panel of
 * {@value #WIDTH} by {@value #HEIGHT} units with the floor at
 * {@code y = }{@value #FLOOR}.
 *
 * @param caption the position in words, such as "Start: lie on your back"
 * @param head centre of the head
 * @param lines the body, arms and legs, each a list of joints
 */
public record PostureFrame(String caption, MapPoint head, List<List<MapPoint>> lines) {

	/** Width of a posture panel. */
	public static final int WIDTH = 120;

	/** Height of a posture panel. */
	public static final int HEIGHT = 80;

	/** Where the floor is drawn. */
	public static final int FLOOR = 74;

	/** Radius of the head circle. */
	public static final int HEAD_RADIUS = 6;

	public PostureFrame {
		if (caption == null || caption.isBlank()) {
			throw new IllegalArgumentException("a posture frame needs a caption");
		}
		if (head == null) {
			throw new IllegalArgumentException("a posture frame needs a head");
		}
		lines = lines.stream().map(List::copyOf).toList();
		if (lines.isEmpty() || lines.stream().anyMatch(line -> line.size() < 2)) {
			throw new IllegalArgumentException("a posture frame needs lines of at least two points each");
		}
	}

	/** Each line as the {@code points} attribute of an SVG polyline. */
	public List<String> polylines() {
		return this.lines.stream()
			.map(line -> line.stream().map(p -> p.svg().replace(' ', ',')).collect(Collectors.joining(" ")))
			.toList();
	}

	/** True when the head and every joint fit inside the panel. */
	boolean fitsPanel() {
		return inside(this.head, HEAD_RADIUS) && this.lines.stream().flatMap(List::stream).allMatch(p -> inside(p, 0));
	}

	private static boolean inside(MapPoint p, double margin) {
		return p.x() - margin >= 0 && p.x() + margin <= WIDTH && p.y() - margin >= 0 && p.y() + margin <= HEIGHT;
	}

}
