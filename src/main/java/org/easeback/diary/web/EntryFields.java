package org.easeback.diary.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.easeback.diary.DiaryTag;
import org.easeback.shared.Region;

import org.apache.commons.lang3.EnumUtils;

import org.springframework.validation.BindingResult;

/**
 * What the entry form's fields (diary/entry-fields.html) show besides the form's own
 * values and messages, which the template reads through {@code th:field}.
 *
 * @param latest the {@code max} of the date-time input, e.g. "2026-12-04T23:59", or null
 * @param selectedRegions the ticked areas, for the body map and its checkboxes
 * @param pegOpen whether the PEG questions start unfolded (one of them has a value, not
 * only blanks)
 * @param intensitiesOpen whether the intensities start unfolded (one has a value, or
 * there is a message about the areas)
 * @param detailsOpen whether "more details" starts unfolded: always when changing an
 * entry, and for a new one when something in it was typed or has a message
 * @param listOpen whether the areas as a list start unfolded (a message about them)
 */
record EntryFields(String latest, List<Region> selectedRegions, boolean pegOpen, boolean intensitiesOpen,
		boolean detailsOpen, boolean listOpen) {

	/**
	 * The fields of a form as bound, or as made for a page.
	 * @param form the form and its messages; what does not convert is read as typed
	 * @param today the reader's today, the last day an entry may be for, or null for no
	 * limit
	 */
	static EntryFields of(BindingResult form, LocalDate today) {
		boolean pegOpen = Stream.of("pegAverage", "pegEnjoyment", "pegActivity")
			.anyMatch((field) -> typed(form.getFieldValue(field)));
		boolean intensitiesOpen = form.hasFieldErrors("regions") || form.hasFieldErrors("intensity*")
				|| Arrays.stream(Region.values())
					.anyMatch((region) -> typed(form.getFieldValue("intensity[" + region.name() + "]")));
		boolean listOpen = form.hasFieldErrors("regions");
		boolean detailsOpen = today == null || pegOpen || intensitiesOpen || listOpen
				|| Stream.of("takenAt", "tags", "note").anyMatch(form::hasFieldErrors)
				|| typed(form.getFieldValue("note")) || !none(form.getFieldValue("tags"));
		return new EntryFields((today != null) ? today + "T23:59" : null, regions(form.getFieldValue("regions")),
				pegOpen, intensitiesOpen, detailsOpen, listOpen);
	}

	/** Every area, in the body map's order, each with its intensity input. */
	public List<Region> areas() {
		return List.of(Region.values());
	}

	/** Every tag, in the order the form lists them. */
	public List<DiaryTag> tags() {
		return List.of(DiaryTag.values());
	}

	private static boolean typed(Object value) {
		return value != null && !value.toString().isBlank();
	}

	/** Whether no box of a group is ticked. */
	private static boolean none(Object value) {
		return (value == null) || (value instanceof Collection<?> all && all.isEmpty())
				|| (value instanceof Object[] all && all.length == 0) || value.toString().isBlank();
	}

	/** The known areas among the ticked ones, also when an unknown one was refused. */
	private static List<Region> regions(Object ticked) {
		Stream<?> names = (ticked instanceof Collection<?> all) ? all.stream()
				: (ticked instanceof Object[] all) ? Arrays.stream(all) : Stream.ofNullable(ticked);
		return names.map((name) -> EnumUtils.getEnum(Region.class, String.valueOf(name)))
			.filter(Objects::nonNull)
			.distinct()
			.sorted()
			.toList();
	}

}
