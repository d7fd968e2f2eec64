package org.easeback.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The picture of one practice item, kept as data in {@code content/diagrams.yaml}. A
 * technique or self-massage has numbered {@link Stroke strokes} drawn on the back-view
 * body map; a stretch has {@link PostureFrame posture frames} (start and end position)
 * instead. The text description comes from the same data as the drawing.
 *
 * @param itemId the id of the item it shows
 * @param tool what does the work, or {@code null} for a stretch
 * @param strokes the strokes in order; empty for a stretch
 * @param frames the positions of a stretch in order; empty for strokes
 */
public record Diagram(String itemId, Tool tool, List<Stroke> strokes, List<PostureFrame> frames) {

	public Diagram {
		Objects.requireNonNull(itemId, "itemId");
		strokes = List.copyOf(strokes);
		frames = List.copyOf(frames);
		if (strokes.isEmpty() == frames.isEmpty()) {
			throw new IllegalArgumentException("a diagram has either strokes or posture frames");
		}
		if (!strokes.isEmpty() && tool == null) {
			throw new IllegalArgumentException("a diagram with strokes names its tool");
		}
	}

	/** True for a stretch's posture figure, false for strokes on the body map. */
	public boolean posture() {
		return !this.frames.isEmpty();
	}

	/** How the hands travel the strokes when the diagram moves; nothing for a stretch. */
	public DiagramMotion motion() {
		return DiagramMotion.of(this);
	}

	/** One sentence per stroke or frame, in order and without numbers. */
	public List<String> sentences() {
		if (posture()) {
			return this.frames.stream().map(PostureFrame::caption).toList();
		}
		return this.strokes.stream().map(Stroke::sentence).toList();
	}

	/** The whole picture in words, numbered, for the SVG description. */
	public String description() {
		List<String> parts = new ArrayList<>();
		if (posture()) {
			parts.add("Stick figures seen from the side, one panel per position.");
		}
		else {
			parts.add("Back view: the person's left is on the left. Worked with " + this.tool.label()
					+ ". The red-striped band down the middle is the spine, never pressed.");
		}
		List<String> sentences = sentences();
		for (int i = 0; i < sentences.size(); i++) {
			parts.add((i + 1) + ". " + sentences.get(i));
		}
		return String.join(" ", parts);
	}

	/** What does the work in a stroke diagram. */
	public enum Tool {

		/** Whole hands. */
		HANDS("the hands"),
		/** Flat palms. */
		PALMS("flat palms"),
		/** The heel of the hand. */
		HEEL_OF_HAND("the heel of the hand"),
		/** Thumb pads. */
		THUMBS("the thumb pads"),
		/** Fingertips. */
		FINGERTIPS("the fingertips"),
		/** Loose fists, the flat of the knuckles. */
		KNUCKLES("soft knuckles"),
		/** Two tennis balls, one each side of the spine. */
		TENNIS_BALLS("two tennis balls"),
		/** One tennis ball. */
		TENNIS_BALL("a tennis ball"),
		/** A foam roller. */
		FOAM_ROLLER("a foam roller");

		private final String label;

		Tool(String label) {
			this.label = label;
		}

		/** The tool in words. */
		public String label() {
			return this.label;
		}

		/** True for a ball, drawn as a ball at the start of the stroke. */
		public boolean ball() {
			return this == TENNIS_BALL || this == TENNIS_BALLS;
		}

		/** True for the roller, drawn as a bar at the start of the stroke. */
		public boolean roller() {
			return this == FOAM_ROLLER;
		}

	}

}
