package org.easeback.safety;

import java.util.List;

import org.easeback.shared.Allergen;
import org.easeback.shared.TechniqueTag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.easeback.safety.SafetyFixtures.allergicTo;
import static org.easeback.safety.SafetyFixtures.check;

class AllergyRuleTests {

	@Test
	void anAllergyForbidsThatAllergenAndIsACaution() {
		SafetyResult result = check().check(allergicTo("COCONUT"));
		assertThat(result.outcome()).isEqualTo(Outcome.CAUTION);
		assertThat(result.changes().forbiddenAllergens()).containsExactly(Allergen.COCONUT);
		assertThat(result.changes().essentialOilsAllowed()).isTrue();
	}

	@Test
	void almondIsATreeNut() {
		assertThat(check().check(allergicTo("almond oil")).changes().forbiddenAllergens())
			.containsExactly(Allergen.TREE_NUT);
		assertThat(Allergies.parse(List.of("Sweet almonds")).known()).containsExactly(Allergen.TREE_NUT);
	}

	@Test
	void coconutOilIsNotReadAsANutOil() {
		assertThat(Allergies.parse(List.of("coconut oil")).known()).containsExactly(Allergen.COCONUT);
	}

	@Test
	void nutmegIsNotATreeNut() {
		assertThat(Allergies.parse(List.of("nutmeg")).known()).isEmpty();
	}

	@Test
	void aFragranceAllergyForbidsEssentialOils() {
		PlanChanges changes = check().check(allergicTo("FRAGRANCE")).changes();
		assertThat(changes.essentialOilsAllowed()).isFalse();
		assertThat(changes.forbiddenTechniqueTags()).contains(TechniqueTag.ESSENTIAL_OIL);
	}

	@Test
	void essentialOilsCanNeverBeAllowedWithAFragranceAllergy() {
		assertThatThrownBy(() -> new PlanChanges(PlanChanges.NONE.maxPressure(), java.util.Set.of(), Position.FACE_DOWN,
				java.util.Set.of(Allergen.FRAGRANCE), true, java.util.Set.of(), List.of(), List.of(), false, false))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void freeTextAllergiesAreKeptAndComeWithAnAdviceToCheckLabels() {
		PlanChanges changes = check().check(allergicTo("lanolin", "walnut")).changes();
		assertThat(changes.otherAllergies()).containsExactly("lanolin", "walnut");
		assertThat(changes.forbiddenAllergens()).containsExactly(Allergen.TREE_NUT);
		assertThat(changes.advice()).anyMatch(a -> a.contains("Check the label") && a.contains("lanolin"));
	}

	@Test
	void allergenIdsAreReadWhateverTheirCase() {
		assertThat(Allergies.parse(List.of("tree-nut", "latex", " ")).known()).containsExactly(Allergen.TREE_NUT,
				Allergen.LATEX);
		assertThat(Allergies.parse(List.of("tree-nut", "latex")).other()).isEmpty();
	}

	@Test
	void aLatexAllergyWarnsAboutRubberBalls() {
		assertThat(check().check(allergicTo("LATEX")).changes().advice()).anyMatch(a -> a.contains("rubber"));
	}

	@Test
	void noAllergiesMeansNoAllergyFinding() {
		assertThat(check().check(allergicTo()).findings()).isEmpty();
	}

}
