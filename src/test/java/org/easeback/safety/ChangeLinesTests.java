package org.easeback.safety;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.easeback.shared.Words;
import org.easeback.shared.Allergen;
import org.easeback.shared.Pressure;
import org.easeback.shared.Region;
import org.easeback.shared.TechniqueTag;
import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** The changes a plan makes, in the sentences of {@code messages.properties}. */
class ChangeLinesTests {

	private final MessageSource messages = SafetyFixtures.messages();

	private final ChangeLines lines = new ChangeLines(Words.of(this.messages, Locale.ENGLISH));

	@Test
	void everyAreaAllergenTechniquePressureAndEpisodeHasItsWords() {
		assertThat(Region.values()).allSatisfy(r -> assertHasWords(Labels.region(r)));
		assertThat(Allergen.values()).allSatisfy(a -> assertHasWords(Labels.allergen(a)));
		assertThat(EpisodeClassification.values()).allSatisfy(e -> assertHasWords(Labels.episode(e)));
		assertThat(TechniqueTag.values()).allSatisfy(t -> assertHasWords("safety.change.technique." + t.name()));
		assertThat(Pressure.values()).allSatisfy(p -> assertHasWords("safety.change.pressure." + p.name()));
	}

	@Test
	void eachChangeIsOneSentenceAndTheAreasLeftOutShareOne() {
		PlanChanges changes = PlanChanges.NONE.withMaxPressure(Pressure.LIGHT)
			.excluding(List.of(Region.GLUTE_LEFT, Region.GLUTE_RIGHT))
			.forbidding(TechniqueTag.KNUCKLES);

		assertThat(this.lines.of(changes)).containsExactly("Light pressure only.",
				"Leave out: left buttock; right buttock.", "No knuckles or fists.");
	}

	@Test
	void aPregnancyNamesTheSacrumOnceBecauseLeavingItOutAlreadyMeansNoPressureOnIt() {
		SafetyResult pregnant = SafetyFixtures.check().check(SafetyFixtures.yes(Question.PREGNANT));

		assertThat(this.lines.withTheirWords(pregnant.changes())).filteredOn(line -> line.contains("sacrum"))
			.containsExactly("Leave out: the sacrum (flat bone at the base of the spine).");
	}

	@Test
	void pressureOnTheSacrumIsStillForbiddenInWordsWhenTheSacrumIsNotLeftOut() {
		PlanChanges changes = PlanChanges.NONE.forbidding(TechniqueTag.SACRUM_PRESSURE);

		assertThat(this.lines.of(changes)).containsExactly("No pressure on the sacrum.");
	}

	@Test
	void theResultPageGivesOtherAllergiesAsTypedAndThePlanOnlySaysToCheckTheLabel() {
		PlanChanges changes = PlanChanges.NONE.forbiddingAllergens(Set.of(Allergen.LATEX), List.of("baby's oil"));

		assertThat(this.lines.withTheirWords(changes)).contains("No oils or materials containing: latex.",
				"Other allergies: baby's oil.");
		assertThat(this.lines.of(changes))
			.contains("Tennis balls and some rollers contain rubber: cover them with a cloth or use latex-free ones.",
					"Check the label of any oil or lotion against the other allergies given in the safety check.")
			.noneMatch(line -> line.contains("baby"));
	}

	@Test
	void aPlanClearedByAClinicianSaysWhatTheClearanceAllowsWithoutNamingWhy() {
		SafetyResult cleared = SafetyFixtures.check()
			.check(SafetyFixtures.yes(Question.CANCER_HISTORY, Question.CLINICIAN_CLEARANCE));

		assertThat(this.lines.of(cleared.changes())).first()
			.asString()
			.startsWith("A doctor or physiotherapist was reported to have checked and said massage is fine")
			.doesNotContain("cancer");
		assertThat(this.lines.of(cleared.changes())).contains("Light pressure only.", "No balls, rollers or wall work.",
				"No knuckles or fists.");
	}

	private void assertHasWords(String key) {
		assertThatNoException().as(key).isThrownBy(() -> this.messages.getMessage(key, null, Locale.ENGLISH));
	}

}
