package org.easeback.diary.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.easeback.diary.DiaryTag;
import org.easeback.shared.Region;
import org.junit.jupiter.api.Test;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class EntryFormViewTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

	@Test
	void anEmptyFormHasNoMessagesNothingTickedAndTheLastDayItMayBeFor() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("takenAt", "2026-12-04T08:30:00");

		EntryFormView view = EntryFormView.of(form, Map.of(), TODAY);

		assertThat(view.hasProblems()).isFalse();
		assertThat(view.takenAt()).isEqualTo(new EntryFormView.Field("f-takenAt", "2026-12-04T08:30:00", null));
		assertThat(view.latest()).isEqualTo("2026-12-04T23:59");
		assertThat(view.pain().value()).isNull();
		assertThat(view.pain().invalid()).isNull();
		assertThat(view.pain().errorId()).isNull();
		assertThat(view.pegOpen()).isFalse();
		assertThat(view.selectedRegions()).isEmpty();
		assertThat(view.intensities()).hasSize(Region.values().length)
			.allSatisfy((intensity) -> assertThat(intensity.input().value()).isNull());
		assertThat(view.intensities().get(1)).isEqualTo(new EntryFormView.Intensity("intensity.LUMBAR_LEFT",
				"lumbar left", new EntryFormView.Field("f-intensity-LUMBAR_LEFT", null, null)));
		assertThat(view.tags()).extracting(EntryFormView.TagChoice::value)
			.containsExactly(java.util.Arrays.stream(DiaryTag.values()).map(Enum::name).toArray(String[]::new));
		assertThat(view.tags()).noneMatch(EntryFormView.TagChoice::checked);
		assertThat(view.areaProblems()).isEmpty();
		assertThat(view.intensitiesOpen()).isFalse();
	}

	@Test
	void aPostedFormKeepsWhatWasTypedAndPutsEachMessageAtItsField() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("pain", "x");
		form.add("pegActivity", "3");
		form.add("regions", "LUMBAR_LEFT");
		form.add("regions", "NOWHERE");
		form.add("intensity.LUMBAR_LEFT", "z");
		form.add("tags", "STRESS");
		form.add("tags", "BOGUS");
		form.add("note", "kept note");
		Map<String, String> errors = new LinkedHashMap<>();
		errors.put("pain", "must be a whole number from 0 to 10");
		errors.put("intensity.LUMBAR_LEFT", "must be a whole number from 0 to 10");
		errors.put("regions", "has an unknown area NOWHERE");

		EntryFormView view = EntryFormView.of(form, errors, null);

		assertThat(view.problems()).containsExactly(
				new EntryFormView.Problem("#f-pain", "Pain now: must be a whole number from 0 to 10"),
				new EntryFormView.Problem("#f-intensity-LUMBAR_LEFT",
						"How strong in lumbar left: must be a whole number from 0 to 10"),
				new EntryFormView.Problem("#f-regions", "Areas of the back: has an unknown area NOWHERE"));
		assertThat(view.pain())
			.isEqualTo(new EntryFormView.Field("f-pain", "x", "must be a whole number from 0 to 10"));
		assertThat(view.pain().invalid()).isEqualTo("true");
		assertThat(view.pain().errorId()).isEqualTo("f-pain-error");
		assertThat(view.note().value()).isEqualTo("kept note");
		assertThat(view.note().invalid()).isNull();
		assertThat(view.latest()).isNull();
		assertThat(view.pegOpen()).isTrue();
		assertThat(view.selectedRegions()).containsExactly(Region.LUMBAR_LEFT);
		EntryFormView.Field lumbarLeft = view.intensities().get(1).input();
		assertThat(lumbarLeft)
			.isEqualTo(new EntryFormView.Field("f-intensity-LUMBAR_LEFT", "z", "must be a whole number from 0 to 10"));
		assertThat(lumbarLeft.invalid()).isEqualTo("true");
		assertThat(lumbarLeft.errorId()).isEqualTo("f-intensity-LUMBAR_LEFT-error");
		assertThat(view.intensities()).filteredOn((intensity) -> intensity.input().error() != null).hasSize(1);
		// the area's own message sits at its input; what no input shows stays under the
		// list
		assertThat(view.areaProblems()).containsExactly("Areas of the back: has an unknown area NOWHERE");
		assertThat(view.intensitiesOpen()).isTrue();
		assertThat(view.tags()).filteredOn(EntryFormView.TagChoice::checked)
			.extracting(EntryFormView.TagChoice::label)
			.containsExactly(DiaryTag.STRESS.label());
	}

	@Test
	void blankPegAnswersAsABrowserSendsThemKeepThePegQuestionsFolded() {
		// a browser sends the three PEG inputs empty when nothing was typed in them: a
		// refused entry should not unfold questions the person did not answer
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("pegAverage", "");
		form.add("pegEnjoyment", " ");
		form.add("pegActivity", "");

		assertThat(EntryFormView.of(form, Map.of(), TODAY).pegOpen()).isFalse();
		form.set("pegActivity", "4");
		assertThat(EntryFormView.of(form, Map.of(), TODAY).pegOpen()).isTrue();
	}

	@Test
	void theEntrysOwnChecksNameAnAreaByItsPlaceAmongTheTickedOnes() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("regions", "NOWHERE");
		form.add("regions", "SACRUM");
		form.add("regions", "GLUTE_LEFT");
		form.add("intensity.SACRUM", "");
		Map<String, String> errors = new LinkedHashMap<>();
		// EntryForm.read skips unknown areas, so the checks' index counts known ones only
		errors.put("regions[1].intensity", "must be between 0 and 10");
		errors.put("regions[0].region", "is listed twice");
		errors.put("regions[7].intensity", "must be between 0 and 10");
		errors.put("onset", "is required: the day the pain started");
		errors.put("somethingNew", "is odd");

		EntryFormView view = EntryFormView.of(form, errors, TODAY);
		assertThat(view.intensities()).filteredOn((intensity) -> intensity.input().error() != null)
			.extracting(EntryFormView.Intensity::name, (intensity) -> intensity.input().error())
			.containsExactly(tuple("intensity.GLUTE_LEFT", "must be between 0 and 10"));
		assertThat(view.areaProblems()).containsExactly("Areas of the back: is listed twice",
				"Areas of the back: must be between 0 and 10");
		assertThat(view.intensitiesOpen()).isTrue();
		assertThat(view.problems()).containsExactly(
				new EntryFormView.Problem("#f-intensity-GLUTE_LEFT",
						"How strong in glute left: must be between 0 and 10"),
				new EntryFormView.Problem("#f-regions", "Areas of the back: is listed twice"),
				new EntryFormView.Problem("#f-regions", "Areas of the back: must be between 0 and 10"),
				new EntryFormView.Problem("#f-onset",
						"The day the pain started: is required: the day the pain started"),
				new EntryFormView.Problem("#f-somethingNew", "somethingNew: is odd"));
	}

	@Test
	void blankIntensitiesAsABrowserSendsThemKeepTheIntensitiesFolded() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("intensity.SACRUM", "");
		form.add("intensity.SPINE", " ");

		assertThat(EntryFormView.of(form, Map.of(), TODAY).intensitiesOpen()).isFalse();
		form.set("intensity.SACRUM", "4");
		assertThat(EntryFormView.of(form, Map.of(), TODAY).intensitiesOpen()).isTrue();
	}

}
