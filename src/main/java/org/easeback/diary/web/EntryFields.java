package org.easeback.diary.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

import org.easeback.diary.DiaryTag;
import org.easeback.shared.Region;

import org.apache.commons.lang3.EnumUtils;

import org.springframework.validation.BindingResult;

/**
 * What the entry form's fields (diary/entry-fields.html) show besides the form's own
 * messages: the PEG questions, the areas with their strengths and the tags carry their
 * values here, read once, so the template writes them as plain inputs. {@code th:field}
 * would bind each of those inputs anew, which made most of the diary page's cost
 * (decision 0022).
 *
 * @param latest the {@code max} of the date-time input, e.g. "2026-12-04T23:59", or null
 * @param selectedRegions the ticked areas, for the body map and its checkboxes
 * @param pegs the three PEG questions, in the form's order
 * @param areas every area, in the body map's order, with its box and its strength
 * @param tags every tag, in the form's order, and whether it is ticked
 * @param pegOpen whether the PEG questions start unfolded (one of them has a value, not
 * only blanks)
 * @param detailsOpen whether "more details" starts unfolded: always when changing an
 * entry, and for a new one when something in it was typed or has a message
 * @param listOpen whether the areas as a list start unfolded: a strength has a value, or
 * there is a message about the areas or a strength
 */
public record EntryFields(String latest, List<Region> selectedRegions, List<NumberField> pegs, List<Area> areas,
		List<Tag> tags, boolean pegOpen, boolean detailsOpen, boolean listOpen) {

	private static final List<String> PEG = List.of("pegAverage", "pegEnjoyment", "pegActivity");

	/**
	 * The fields of a form as bound, or as made for a page.
	 * @param form the form and its messages; what does not convert is read as typed
	 * @param today the reader's today, the last day an entry may be for, or null for no
	 * limit
	 * @param areaNames an area's name as the reader sees it
	 */
	static EntryFields of(BindingResult form, LocalDate today, Function<Region, String> areaNames) {
		Read value = new Read(form);
		List<NumberField> pegs = PEG.stream()
			.map((field) -> new NumberField(field, FormProblems.inputId(field), "diary.entry." + field,
					text(value.field(field))))
			.toList();
		List<Region> selected = regions(value.field("regions"));
		List<Area> areas = Arrays.stream(Region.values())
			.map((region) -> new Area(region, areaNames.apply(region), selected.contains(region),
					new NumberField(EntryForm.intensityField(region),
							FormProblems.inputId(EntryForm.intensityField(region)), "diary.entry.intensity",
							text(value.intensity(region)))))
			.toList();
		Object ticked = value.field("tags");
		List<Tag> tags = Arrays.stream(DiaryTag.values()).map((tag) -> new Tag(tag, ticked(ticked, tag))).toList();
		boolean pegOpen = pegs.stream().anyMatch(NumberField::typed);
		boolean listOpen = form.hasFieldErrors("regions") || form.hasFieldErrors("intensity*")
				|| areas.stream().anyMatch((area) -> area.strength().typed());
		boolean detailsOpen = today == null || pegOpen
				|| Stream.of("takenAt", "tags", "note").anyMatch(form::hasFieldErrors)
				|| !text(value.field("note")).isBlank() || tags.stream().anyMatch(Tag::ticked);
		return new EntryFields((today != null) ? today + "T23:59" : null, selected, pegs, areas, tags, pegOpen,
				detailsOpen, listOpen);
	}

	/**
	 * How to read a field's value: from the form itself when it bound without a message,
	 * else through the binding, which keeps what was typed where it did not convert.
	 */
	private record Read(BindingResult binding, EntryForm bound) {

		Read(BindingResult binding) {
			this(binding, (!binding.hasErrors() && binding.getTarget() instanceof EntryForm form) ? form : null);
		}

		Object field(String name) {
			if (this.bound == null) {
				return this.binding.getFieldValue(name);
			}
			return switch (name) {
				case "pegAverage" -> this.bound.getPegAverage();
				case "pegEnjoyment" -> this.bound.getPegEnjoyment();
				case "pegActivity" -> this.bound.getPegActivity();
				case "tags" -> this.bound.getTags();
				case "note" -> this.bound.getNote();
				case "regions" -> this.bound.getRegions();
				default -> throw new IllegalArgumentException(name);
			};
		}

		Object intensity(Region region) {
			return (this.bound != null) ? this.bound.getIntensity().get(region)
					: this.binding.getFieldValue(EntryForm.intensityField(region));
		}

	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : "";
	}

	/** Whether a tag is among the ticked ones, as bound (tags) or as typed (names). */
	private static boolean ticked(Object ticked, DiaryTag tag) {
		return each(ticked).anyMatch((one) -> tag.equals(one) || tag.name().equals(String.valueOf(one)));
	}

	/** The known areas among the ticked ones, also when an unknown one was refused. */
	private static List<Region> regions(Object ticked) {
		return each(ticked).map((name) -> EnumUtils.getEnum(Region.class, String.valueOf(name)))
			.filter(Objects::nonNull)
			.distinct()
			.sorted()
			.toList();
	}

	/**
	 * The values of a group of boxes: bound as a collection, typed as an array or one.
	 */
	private static Stream<?> each(Object ticked) {
		return (ticked instanceof Collection<?> all) ? all.stream()
				: (ticked instanceof Object[] all) ? Arrays.stream(all) : Stream.ofNullable(ticked);
	}

	/**
	 * A number input of the form.
	 *
	 * @param name its name, the form's field as bound, e.g. "intensity[LUMBAR_LEFT]"
	 * @param id its element id, which the form's messages link to
	 * @param label the message key of what it asks
	 * @param value its value as saved or typed, or empty
	 */
	public record NumberField(String name, String id, String label, String value) {

		boolean typed() {
			return !this.value.isBlank();
		}

	}

	/**
	 * An area in the list: its box, ticked where it hurts, and how strongly.
	 *
	 * @param region the area
	 * @param name its name on the body map
	 * @param ticked whether its box is ticked
	 * @param strength its pain, 0 to 10, or empty for the pain now
	 */
	public record Area(Region region, String name, boolean ticked, NumberField strength) {

		/** The id of the element with the area's name, which also names its strength. */
		public String nameId() {
			return "f-area-" + this.region.name();
		}

	}

	/**
	 * A tag's box.
	 *
	 * @param tag the tag
	 * @param ticked whether it is ticked
	 */
	public record Tag(DiaryTag tag, boolean ticked) {

		/** The box's element id, for the label to name it. */
		public String id() {
			return "f-tags-" + this.tag.name();
		}

		/** The key of the tag's words in the messages bundle. */
		public String label() {
			return "diary.tag." + this.tag.name();
		}

	}

}
