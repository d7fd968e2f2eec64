package org.easeback.diary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.easeback.shared.FieldProblem;
import org.easeback.shared.InvalidInputException;
import org.easeback.shared.Region;

/**
 * What someone typed for a diary entry, before it is checked. Every field may be missing
 * or wrong; {@link #validate(Instant)} names each bad field at once.
 *
 * @param takenAt when the pain was felt; null means now; never in the future
 * @param pain overall pain 0-10, required
 * @param pegAverage PEG average pain 0-10, optional
 * @param pegEnjoyment PEG interference with enjoyment of life 0-10, optional
 * @param pegActivity PEG interference with general activity 0-10, optional
 * @param regions areas with their own intensity 0-10, each area at most once
 * @param tags what was going on, from {@link DiaryTag}
 * @param note free text up to {@value #NOTE_MAX} characters, optional
 */
public record EntryInput(Instant takenAt, Integer pain, Integer pegAverage, Integer pegEnjoyment, Integer pegActivity,
		List<AreaInput> regions, Set<DiaryTag> tags, String note) {

	/** The longest note accepted. */
	public static final int NOTE_MAX = 2000;

	/** A little slack for clocks of phones that run ahead of the server. */
	private static final java.time.Duration CLOCK_SKEW = java.time.Duration.ofMinutes(2);

	public EntryInput {
		// copies that keep null elements, so validate() can name them instead of failing
		regions = regions == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(regions));
		tags = tags == null ? Set.of() : java.util.Collections.unmodifiableSet(new HashSet<>(tags));
	}

	/**
	 * One area and how much it hurts.
	 *
	 * @param region the area, required
	 * @param intensity 0-10, required
	 */
	public record AreaInput(Region region, Integer intensity) {
	}

	/**
	 * The checked entry values, as of {@code now}.
	 * @throws InvalidInputException naming every bad field
	 */
	public Valid validate(Instant now) {
		List<FieldProblem> problems = new ArrayList<>();
		Instant when = (this.takenAt != null) ? this.takenAt : now;
		if (when.isAfter(now.plus(CLOCK_SKEW))) {
			problems.add(new FieldProblem("takenAt", "must not be in the future"));
		}
		score(problems, "pain", this.pain, true);
		score(problems, "pegAverage", this.pegAverage, false);
		score(problems, "pegEnjoyment", this.pegEnjoyment, false);
		score(problems, "pegActivity", this.pegActivity, false);
		Set<Region> seen = new HashSet<>();
		for (int i = 0; i < this.regions.size(); i++) {
			AreaInput area = this.regions.get(i);
			if (area == null || area.region() == null) {
				problems.add(new FieldProblem("regions[" + i + "].region", "must be an area of the body map"));
			}
			else if (!seen.add(area.region())) {
				problems.add(new FieldProblem("regions[" + i + "].region", "is listed twice"));
			}
			score(problems, "regions[" + i + "].intensity", area == null ? null : area.intensity(), true);
		}
		if (this.tags.stream().anyMatch(java.util.Objects::isNull)) {
			problems.add(new FieldProblem("tags", "must be one of " + List.of(DiaryTag.values())));
		}
		if (this.note != null && this.note.length() > NOTE_MAX) {
			problems.add(new FieldProblem("note", "must be at most " + NOTE_MAX + " characters"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		List<RegionPain> areas = this.regions.stream()
			.map(a -> new RegionPain(a.region(), new PainScore(a.intensity())))
			.sorted(Comparator.comparing(RegionPain::region))
			.toList();
		Set<DiaryTag> tagSet = this.tags.isEmpty() ? EnumSet.noneOf(DiaryTag.class) : EnumSet.copyOf(this.tags);
		String text = (this.note == null || this.note.isBlank()) ? null : this.note.strip();
		return new Valid(when, new PainScore(this.pain),
				new Peg(optional(this.pegAverage), optional(this.pegEnjoyment), optional(this.pegActivity)), areas,
				tagSet, text);
	}

	private static void score(List<FieldProblem> problems, String field, Integer value, boolean required) {
		if (value == null) {
			if (required) {
				problems.add(new FieldProblem(field, "is required: a score from 0 to 10"));
			}
		}
		else if (!PainScore.isValid(value)) {
			problems.add(new FieldProblem(field, "must be between 0 and 10"));
		}
	}

	private static PainScore optional(Integer value) {
		return value == null ? null : new PainScore(value);
	}

	/**
	 * Entry values that passed every check.
	 *
	 * @param takenAt when
	 * @param pain overall pain
	 * @param peg PEG items
	 * @param regions areas in body-map order
	 * @param tags tags
	 * @param note stripped note or null
	 */
	public record Valid(Instant takenAt, PainScore pain, Peg peg, List<RegionPain> regions, Set<DiaryTag> tags,
			String note) {
	}

}
