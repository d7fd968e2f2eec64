package org.easeback.diary.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.easeback.diary.DiaryTag;
import org.easeback.shared.Region;

import org.springframework.util.MultiValueMap;

/**
 * The diary entry form (diary/entry-fields.html, on the diary page and the edit page)
 * with every value, message and choice worked out, so the template only reads. It used to
 * work them out itself, with many expression evaluations a view over the raw form and the
 * messages (docs/decisions/0006). Public, as every type the templates call into: Spring's
 * SpEL compiler compiles calls on public types only.
 *
 * @param problems every message, for the summary at the top
 * @param takenAt when; {@code latest} is the last day it may be
 * @param latest the {@code max} of the date-time input, e.g. "2026-12-04T23:59", or null
 * @param pain the overall pain
 * @param pegAverage PEG item 1
 * @param pegEnjoyment PEG item 2
 * @param pegActivity PEG item 3
 * @param pegOpen whether the PEG questions start unfolded (one of them has a value, not
 * only blanks)
 * @param selectedRegions the ticked areas, for the body map and its checkboxes
 * @param intensities one per area, in the order of {@link Region}, each with its own
 * message
 * @param intensitiesOpen whether the intensities start unfolded (one has a value, or
 * there is a message about the areas)
 * @param areaProblems the messages about the areas that no single area's intensity input
 * shows (an unknown area, one listed twice)
 * @param tags one per tag, in the order of {@link DiaryTag}
 * @param note the note
 */
public record EntryFormView(List<Problem> problems, Field takenAt, String latest, Field pain, Field pegAverage,
		Field pegEnjoyment, Field pegActivity, boolean pegOpen, List<Region> selectedRegions,
		List<Intensity> intensities, boolean intensitiesOpen, List<String> areaProblems, List<TagChoice> tags,
		Field note) {

	/**
	 * What the messages call each field, in the words of its label: the field names are
	 * the API's, and "takenAt" or "pegActivity" mean nothing to a reader. The diary page
	 * shows the episode form's messages in the same summary.
	 */
	private static final Map<String, String> LABELS = Map.of("takenAt", "When", "pain", "Pain now", "pegAverage",
			"Average pain in the past week", "pegEnjoyment", "Pain getting in the way of enjoying life", "pegActivity",
			"Pain getting in the way of general activity", "regions", "Areas of the back", "tags", "What was going on",
			"note", "Note", "onset", "The day the pain started", "endedOn", "The day it ended");

	/** Every area's intensity input without a value, made once. */
	private static final List<Intensity> INTENSITIES = Arrays.stream(Region.values())
		.map((region) -> new Intensity("intensity." + region.name(), AreaLabels.of(region),
				new Field("f-intensity-" + region.name(), null, null)))
		.toList();

	/**
	 * The form as typed, with the messages by field.
	 * @param form the values as typed (as posted, or made from a saved entry)
	 * @param errors the messages by field name ({@link Errors#of}), empty when there are
	 * none
	 * @param today the reader's today, the last day an entry may be for, or null for no
	 * limit
	 */
	static EntryFormView of(MultiValueMap<String, String> form, Map<String, String> errors, LocalDate today) {
		List<Region> selectedRegions = EntryForm.selectedRegions(form);
		List<Problem> problems = new ArrayList<>(errors.size());
		List<String> areaProblems = new ArrayList<>(0);
		Map<Region, String> areaErrors = new EnumMap<>(Region.class);
		errors.forEach((field, message) -> {
			Region area = Problem.area(field, selectedRegions);
			Problem problem = Problem.of(field, message, area);
			problems.add(problem);
			if (area != null) {
				areaErrors.putIfAbsent(area, message);
			}
			else if (field.startsWith("regions") || field.startsWith("intensity")) {
				areaProblems.add(problem.text());
			}
		});
		Field pegAverage = Field.of(form, errors, "pegAverage");
		Field pegEnjoyment = Field.of(form, errors, "pegEnjoyment");
		Field pegActivity = Field.of(form, errors, "pegActivity");
		boolean pegOpen = typed(pegAverage) || typed(pegEnjoyment) || typed(pegActivity);
		List<Intensity> intensities = new ArrayList<>(INTENSITIES.size());
		boolean intensitiesOpen = !areaProblems.isEmpty() || !areaErrors.isEmpty();
		for (int i = 0; i < INTENSITIES.size(); i++) {
			Intensity blank = INTENSITIES.get(i);
			String typed = form.getFirst(blank.name());
			intensities.add(blank.with(typed, areaErrors.get(Region.values()[i])));
			intensitiesOpen |= typed != null && !typed.isBlank();
		}
		List<String> ticked = form.getOrDefault("tags", List.of());
		List<TagChoice> tags = Arrays.stream(DiaryTag.values())
			.map((tag) -> new TagChoice(tag.name(), tag.label(), ticked.contains(tag.name())))
			.toList();
		return new EntryFormView(List.copyOf(problems), Field.of(form, errors, "takenAt"),
				(today != null) ? today + "T23:59" : null, Field.of(form, errors, "pain"), pegAverage, pegEnjoyment,
				pegActivity, pegOpen, selectedRegions, List.copyOf(intensities), intensitiesOpen,
				List.copyOf(areaProblems), tags, Field.of(form, errors, "note"));
	}

	private static boolean typed(Field field) {
		return field.value() != null && !field.value().isBlank();
	}

	/** Whether there is any message, for the summary at the top. */
	public boolean hasProblems() {
		return !this.problems.isEmpty();
	}

	/**
	 * One message of the summary.
	 *
	 * @param anchor the link to the field's input, e.g. "#f-pain"
	 * @param text e.g. "Pain now: must be a whole number from 0 to 10"
	 */
	public record Problem(String anchor, String text) {

		/**
		 * The message about a field.
		 * @param area the area whose intensity it is about ({@link #area}), or null
		 */
		static Problem of(String field, String message, Region area) {
			if (area != null) {
				return new Problem("#f-intensity-" + area.name(),
						"How strong in " + AreaLabels.of(area) + ": " + message);
			}
			String name = field.startsWith("regions") ? "regions" : field;
			String label = LABELS.get(name);
			if (label == null) {
				return new Problem("#f-" + field.replace('.', '-'), field + ": " + message);
			}
			return new Problem("#f-" + name, label + ": " + message);
		}

		/**
		 * The area whose intensity a message is about, or null: named by the form
		 * ("intensity.LUMBAR_LEFT") or by the entry's checks ("regions[0].intensity", the
		 * first ticked area's).
		 */
		static Region area(String field, List<Region> selectedRegions) {
			if (field.startsWith("intensity.")) {
				return EntryForm.region(field.substring("intensity.".length()));
			}
			if (field.startsWith("regions[") && field.endsWith("].intensity")) {
				try {
					int index = Integer.parseInt(field.substring("regions[".length(), field.indexOf(']')));
					return (index < selectedRegions.size()) ? selectedRegions.get(index) : null;
				}
				catch (NumberFormatException ex) {
					return null;
				}
			}
			return null;
		}

	}

	/**
	 * One input with its value and message.
	 *
	 * @param id the input's id, e.g. "f-pain"
	 * @param value the value as typed, or null
	 * @param error the message, or null
	 */
	public record Field(String id, String value, String error) {

		static Field of(MultiValueMap<String, String> form, Map<String, String> errors, String name) {
			return new Field("f-" + name, form.getFirst(name), errors.get(name));
		}

		/** "true" for aria-invalid when there is a message, else null (no attribute). */
		public String invalid() {
			return (this.error != null) ? "true" : null;
		}

		/** The message's id for aria-describedby, or null (no attribute). */
		public String errorId() {
			return (this.error != null) ? this.id + "-error" : null;
		}

	}

	/**
	 * One area's intensity input.
	 *
	 * @param name the input's name, e.g. "intensity.LUMBAR_LEFT"
	 * @param label e.g. "lumbar left"
	 * @param input its id ("f-intensity-LUMBAR_LEFT"), the value as typed and the message
	 */
	public record Intensity(String name, String label, Field input) {

		Intensity with(String typed, String error) {
			return new Intensity(this.name, this.label, new Field(this.input.id(), typed, error));
		}

	}

	/**
	 * One tag's checkbox.
	 *
	 * @param value the tag's name, e.g. "MORNING"
	 * @param label e.g. "morning"
	 * @param checked whether it is ticked
	 */
	public record TagChoice(String value, String label, boolean checked) {
	}

}
