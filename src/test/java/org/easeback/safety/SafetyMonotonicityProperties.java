package org.easeback.safety;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.easeback.shared.Allergen;
import org.easeback.shared.Region;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answering one more risk question "yes" never makes the result safer-looking, whatever
 * the relaxing answers (clearance, floor is easy) are; and a clinician's clearance never
 * lifts an urgent finding nor any caution's change.
 */
class SafetyMonotonicityProperties {

	private final SafetyCheck check = SafetyFixtures.check();

	@Property(tries = 500)
	void oneMoreYesNeverMakesTheOutcomeBetter(@ForAll("answers") SafetyAnswers answers,
			@ForAll("riskQuestions") Question extra) {
		SafetyResult before = this.check.check(answers);
		SafetyResult after = this.check.check(answers.withYes(extra));
		assertThat(before.outcome().isWorseThan(after.outcome())).as("%s then yes to %s", before.outcome(), extra)
			.isFalse();
	}

	@Property(tries = 500)
	void oneMoreYesNeverRelaxesThePlanChanges(@ForAll("answers") SafetyAnswers answers,
			@ForAll("riskQuestions") Question extra) {
		PlanChanges before = this.check.check(answers).changes();
		PlanChanges after = this.check.check(answers.withYes(extra)).changes();
		assertThat(after.maxPressure()).isLessThanOrEqualTo(before.maxPressure());
		assertThat(after.forbiddenTechniqueTags()).containsAll(before.forbiddenTechniqueTags());
		assertThat(after.excludedRegions()).containsAll(before.excludedRegions());
		assertThat(after.forbiddenAllergens()).containsAll(before.forbiddenAllergens());
		assertThat(!after.essentialOilsAllowed() || before.essentialOilsAllowed()).isTrue();
		assertThat(after.advice()).containsAll(before.advice());
		assertThat(!before.shorterWork() || after.shorterWork()).as("shorter work kept").isTrue();
	}

	@Property(tries = 500)
	void clinicianClearanceNeverLiftsAnUrgentFinding(@ForAll("answers") SafetyAnswers answers) {
		SafetyResult without = this.check.check(answers.withAnswer(Question.CLINICIAN_CLEARANCE, false));
		SafetyResult with = this.check.check(answers.withYes(Question.CLINICIAN_CLEARANCE));
		if (without.outcome() == Outcome.URGENT) {
			assertThat(with.outcome()).isEqualTo(Outcome.URGENT);
		}
		assertThat(with.findings()).filteredOn(f -> f.outcome() == Outcome.URGENT)
			.isEqualTo(without.findings().stream().filter(f -> f.outcome() == Outcome.URGENT).toList());
	}

	@Property(tries = 500)
	void clearanceNeverRemovesACautionChange(@ForAll("answers") SafetyAnswers answers) {
		SafetyResult without = this.check.check(answers.withAnswer(Question.CLINICIAN_CLEARANCE, false));
		PlanChanges with = this.check.check(answers.withYes(Question.CLINICIAN_CLEARANCE)).changes();
		for (Finding caution : without.findings()) {
			if (caution.outcome() != Outcome.CAUTION) {
				continue;
			}
			PlanChanges kept = caution.changes();
			assertThat(with.maxPressure()).isLessThanOrEqualTo(kept.maxPressure());
			assertThat(with.forbiddenTechniqueTags()).containsAll(kept.forbiddenTechniqueTags());
			assertThat(with.excludedRegions()).containsAll(kept.excludedRegions());
			assertThat(with.forbiddenAllergens()).containsAll(kept.forbiddenAllergens());
			assertThat(!with.essentialOilsAllowed() || kept.essentialOilsAllowed()).isTrue();
			assertThat(with.advice()).containsAll(kept.advice());
			assertThat(!kept.shorterWork() || with.shorterWork()).isTrue();
		}
	}

	@Property(tries = 200)
	void theOutcomeIsAlwaysTheWorstFinding(@ForAll("answers") SafetyAnswers answers) {
		SafetyResult result = this.check.check(answers);
		for (Finding finding : result.findings()) {
			assertThat(finding.outcome().isWorseThan(result.outcome())).isFalse();
		}
		assertThat(result.allowsPlan()).isEqualTo(result.outcome().allowsPlan());
	}

	@Provide
	Arbitrary<Question> riskQuestions() {
		return Arbitraries.of(Arrays.stream(Question.values()).filter(q -> !q.isRelaxing()).toList());
	}

	/** Random answers to every question, relaxing ones included. */
	@Provide
	Arbitrary<SafetyAnswers> answers() {
		Arbitrary<Set<Question>> yes = Arbitraries.of(Question.class).set();
		Arbitrary<Integer> age = Arbitraries.integers().between(0, 120).injectNull(0.2);
		Arbitrary<Boolean> first = Arbitraries.of(true, false).injectNull(0.2);
		Arbitrary<Integer> daysAgo = Arbitraries.integers().between(0, 400).injectNull(0.3);
		// a skin problem always has at least one marked area; the check refuses it
		// otherwise
		Arbitrary<Set<Region>> areas = Arbitraries.of(Region.class).set().ofMinSize(1);
		Arbitrary<Set<Allergen>> allergens = Arbitraries.of(Allergen.class).set();
		return Combinators.combine(yes, age, first, daysAgo, areas, allergens).as((y, a, f, d, r, al) -> {
			SafetyAnswers answers = SafetyFixtures.allNo()
				.withAge(a)
				.withFirstEpisode(f)
				.withSkinAreas(r)
				.withAllergies(Allergies.parse(al.stream().map(Allergen::name).toList()))
				.withPainOnset((d != null) ? SafetyFixtures.TODAY.minusDays(d) : null);
			return answers.withYes(y.toArray(Question[]::new));
		});
	}

	@Property(tries = 100)
	void changesCombineToTheStricterOfEach(@ForAll("answers") SafetyAnswers a, @ForAll("answers") SafetyAnswers b) {
		PlanChanges x = this.check.check(a).changes();
		PlanChanges y = this.check.check(b).changes();
		PlanChanges both = x.and(y);
		assertThat(both.maxPressure()).isEqualTo(x.maxPressure().cappedAt(y.maxPressure()));
		assertThat(both.forbiddenTechniqueTags()).containsAll(x.forbiddenTechniqueTags())
			.containsAll(y.forbiddenTechniqueTags());
		assertThat(both.excludedRegions()).isEqualTo(union(x.excludedRegions(), y.excludedRegions()));
		assertThat(both.shorterWork()).isEqualTo(x.shorterWork() || y.shorterWork());
	}

	private static Set<Region> union(Set<Region> a, Set<Region> b) {
		Set<Region> set = EnumSet.noneOf(Region.class);
		set.addAll(a);
		set.addAll(b);
		return set;
	}

}
