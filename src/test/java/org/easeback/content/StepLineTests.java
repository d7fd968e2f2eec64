package org.easeback.content;

import org.easeback.shared.Pressure;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.easeback.content.ContentFixtures.file;
import static org.easeback.content.ContentFixtures.load;
import static org.easeback.content.ContentFixtures.stretch;
import static org.easeback.content.ContentFixtures.technique;
import static org.easeback.content.ContentFixtures.techniques;

class StepLineTests {

	private static String withSteps(String steps) {
		return technique("worded").replace("    pressure: LIGHT\n", "    pressure: FIRM\n")
			.replace("    steps:\n      - Glide.\n", "    steps:\n" + steps);
	}

	@Test
	void aLineTakesTheWordingOfThePlannedPressureAndTheLibraryKeepsTheText() {
		ContentItem item = load(techniques(withSteps("""
				      - text: Press steadily.
				        firm: Press firmly.
				        light: Rest the thumb without pressing in.
				"""))).find("worded").orElseThrow();

		StepLine line = item.stepLines().get(0);
		assertThat(item.steps()).containsExactly("Press steadily.");
		assertThat(line.wording(Pressure.LIGHT, false, false)).hasValue("Rest the thumb without pressing in.");
		assertThat(line.wording(Pressure.MEDIUM, false, false)).hasValue("Press steadily.");
		assertThat(line.wording(Pressure.FIRM, false, false)).hasValue("Press firmly.");
	}

	@Test
	void aBothSidesLineIsLeftOutOfAOneSideOrSideLyingStep() {
		StepLine line = load(techniques(withSteps("""
				      - text: Then do the same on the other side.
				        only: BOTH_SIDES
				"""))).find("worded").orElseThrow().stepLines().get(0);

		assertThat(line.wording(Pressure.MEDIUM, false, false)).isPresent();
		assertThat(line.wording(Pressure.MEDIUM, true, false)).isEmpty();
		assertThat(line.wording(Pressure.MEDIUM, false, true)).isEmpty();
	}

	@Test
	void aTechniqueThatAsksForMoreThanItsStepPlansIsRefusedAtLoad() {
		assertThatThrownBy(() -> load(techniques(withSteps("      - Work a little deeper each pass.\n"))))
			.hasMessageContaining("item 'worded': step 1 at LIGHT asks for more than light pressure");
		assertThatThrownBy(() -> load(techniques(withSteps("      - Press firmly for five seconds.\n"))))
			.hasMessageContaining("step 1 at MEDIUM says firm in a medium step");
	}

	@Test
	void aTechniqueThatChangesSidesInsideAOneSideStepIsRefusedAtLoad() {
		assertThatThrownBy(() -> load(techniques(withSteps("      - Change sides and repeat.\n"))))
			.hasMessageContaining("speaks of the other side");
	}

	@Test
	void aTechniqueWithoutASideLyingWordingForBothSidesOfTheSpineIsRefusedAtLoad() {
		assertThatThrownBy(() -> load(techniques(withSteps("      - Set a hand each side of the spine.\n"))))
			.hasMessageContaining("does not suit side-lying");
	}

	@Test
	void aSelfMassageThatAsksForMorePressureInAStepThatCanBeLightIsRefusedAtLoad() {
		String selfMassage = technique("rolled").replace("who: PARTNER", "who: SELF")
			.replace("    equipment: [OIL]\n", "    equipment: []\n")
			.replace("    pressure: LIGHT\n", "    pressure: MEDIUM\n")
			.replace("    tags: [FACE_DOWN]\n", "")
			.replace("      - Glide.\n", "      - Lean into the wall for more pressure.\n");

		assertThatThrownBy(() -> load(file("self-massage.yaml", "SELF_MASSAGE", selfMassage)))
			.hasMessageContaining("item 'rolled': step 1 at LIGHT asks for more than light pressure");
		assertThat(load(file("self-massage.yaml", "SELF_MASSAGE", selfMassage.replace(
				"      - Lean into the wall for more pressure.\n",
				"      - text: Lean into the wall for more pressure.\n        light: Rest against the wall.\n")))
			.find("rolled")).isPresent();
	}

	@Test
	void aSelfMassageThatPressesALittleMoreInAStepThatCanBeLightIsRefusedAtLoad() {
		String selfMassage = technique("rolled").replace("who: PARTNER", "who: SELF")
			.replace("    equipment: [OIL]\n", "    equipment: []\n")
			.replace("    tags: [FACE_DOWN]\n", "")
			.replace("      - Glide.\n", "      - Make circles, pressing a little more if it feels good.\n");

		assertThatThrownBy(() -> load(file("self-massage.yaml", "SELF_MASSAGE", selfMassage)))
			.hasMessageContaining("item 'rolled': step 1 at LIGHT asks for more than light pressure");
	}

	@Test
	void aStretchThatSaysFirmIsRefusedAtLoadButItsHarderVersionIsNotPressure() {
		String harder = stretch("bent").replace("      - Stretch.\n",
				"      - Stretch.\n      - \"Harder: hold it for longer.\"\n");
		String firm = stretch("bent").replace("      - Stretch.\n", "      - Sit on a firm chair.\n");

		assertThat(load(file("stretches.yaml", "STRETCH", harder)).find("bent")).isPresent();
		assertThatThrownBy(() -> load(file("stretches.yaml", "STRETCH", firm)))
			.hasMessageContaining("item 'bent': step 1 at LIGHT asks for more than light pressure");
	}

	@Test
	void anUnknownWordingOrAMapWithoutTextIsRefusedAtLoad() {
		assertThatThrownBy(() -> load(techniques(withSteps("""
				      - softer: Glide.
				""")))).hasMessageContaining("step 1: unknown field 'softer'")
			.hasMessageContaining("step 1: missing required field 'text'");
	}

}
