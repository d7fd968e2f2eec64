package org.easeback.safety;

import org.easeback.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.easeback.safety.SafetyFixtures.TODAY;
import static org.easeback.safety.SafetyFixtures.check;
import static org.easeback.safety.SafetyFixtures.painForDays;

/** Onset weeks with a fixed clock: the boundaries of acute, subacute and chronic. */
class PainEpisodeTests {

	private static PainEpisode episodeAfterDays(long days) {
		return check().check(painForDays(days)).episode().orElseThrow();
	}

	@Test
	void painThatStartedTodayIsAcuteAtZeroWeeks() {
		assertThat(episodeAfterDays(0)).isEqualTo(new PainEpisode(EpisodeClassification.ACUTE, 0));
	}

	@Test
	void fiveWeeksAndSixDaysIsStillAcute() {
		assertThat(episodeAfterDays(41)).isEqualTo(new PainEpisode(EpisodeClassification.ACUTE, 5));
	}

	@Test
	void exactlySixWeeksIsSubacute() {
		assertThat(episodeAfterDays(42)).isEqualTo(new PainEpisode(EpisodeClassification.SUBACUTE, 6));
	}

	@Test
	void exactlyTwelveWeeksIsSubacute() {
		assertThat(episodeAfterDays(84)).isEqualTo(new PainEpisode(EpisodeClassification.SUBACUTE, 12));
	}

	@Test
	void twelveWeeksAndSixDaysIsStillSubacuteBecauseOnlyWholeWeeksCount() {
		assertThat(episodeAfterDays(90).classification()).isEqualTo(EpisodeClassification.SUBACUTE);
	}

	@Test
	void thirteenWeeksIsChronic() {
		assertThat(episodeAfterDays(91)).isEqualTo(new PainEpisode(EpisodeClassification.CHRONIC, 13));
	}

	@Test
	void chronicPainAddsAdviceToSeeAClinicianButDoesNotStopThePlan() {
		SafetyResult result = check().check(painForDays(200));
		assertThat(result.outcome()).isEqualTo(Outcome.CAUTION);
		assertThat(result.allowsPlan()).isTrue();
		assertThat(result.changes().advice()).anyMatch(a -> a.contains("clinician") && a.contains("long-term"));
		assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("chronic_pain");
	}

	@Test
	void subacutePainAddsNoFinding() {
		assertThat(check().check(painForDays(60)).outcome()).isEqualTo(Outcome.CLEAR);
	}

	@Test
	void anOnsetTomorrowIsRefusedNamingPainOnset() {
		assertThatThrownBy(() -> check().check(SafetyFixtures.allNo().withPainOnset(TODAY.plusDays(1))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems()).extracting(p -> p.field()).containsExactly("painOnset"));
	}

	@Test
	void noOnsetMeansNoEpisode() {
		assertThat(check().check(SafetyFixtures.allNo()).episode()).isEmpty();
	}

	@Test
	void anEpisodeWhoseClassificationDisagreesWithItsWeeksIsRefused() {
		assertThatThrownBy(() -> new PainEpisode(EpisodeClassification.ACUTE, 13))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
