package org.easeback.content;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.easeback.shared.Pressure;
import org.easeback.shared.TechniqueTag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.easeback.content.ContentFixtures.item;
import static org.easeback.content.ContentFixtures.standard;

/**
 * The safety rules forbid techniques by tag, so a tag must say what the item really asks
 * the body to do: these tests read each item's own words.
 */
class ContentTagTests {

	@Test
	void everyItemThatPutsBodyWeightOnABallRollerOrWallIsTaggedToolPressure() {
		assertThat(standard().all()).filteredOn(item -> item.kind() == Kind.SELF_MASSAGE)
			.filteredOn(item -> item.uses(Equipment.TENNIS_BALLS) || item.uses(Equipment.FOAM_ROLLER)
					|| item.uses(Equipment.WALL))
			.isNotEmpty()
			.allSatisfy(item -> assertThat(item.tagged(TechniqueTag.TOOL_PRESSURE)).as(item.id()).isTrue());
	}

	@Test
	void everyItemThatSaysLieOnYourBackIsTaggedLyingOnBack() {
		assertThat(standard().all()).filteredOn(item -> item.kind().practice() || item.kind() == Kind.SETUP)
			.filteredOn(item -> says(item, "on your back", "lie back"))
			.extracting(ContentItem::id)
			.containsExactlyInAnyOrder("tennis-ball-roll", "foam-roller-roll", "knee-to-chest", "pelvic-tilt",
					"glute-bridge");
		assertThat(standard().all()).filteredOn(item -> item.tagged(TechniqueTag.LYING_ON_BACK))
			.extracting(ContentItem::id)
			.containsExactlyInAnyOrder("tennis-ball-roll", "foam-roller-roll", "knee-to-chest", "pelvic-tilt",
					"glute-bridge");
	}

	@Test
	void everyItemDoneOnTheFloorIsTaggedFloor() {
		List<ContentItem> onTheFloor = standard().all()
			.stream()
			.filter(item -> item.kind().practice() || item.kind() == Kind.SETUP)
			.filter(item -> item.uses(Equipment.MAT) || says(item, "on the floor", "all fours"))
			.toList();

		assertThat(onTheFloor).extracting(ContentItem::id)
			.containsExactlyInAnyOrder("tennis-ball-roll", "tennis-ball-glutes", "foam-roller-roll", "knee-to-chest",
					"seated-forward-bend", "cat-cow", "setup-surface-floor", "pelvic-tilt", "glute-bridge", "bird-dog",
					"side-lying-clam");
		assertThat(onTheFloor).allSatisfy(item -> assertThat(item.tagged(TechniqueTag.FLOOR)).as(item.id()).isTrue());
	}

	@Test
	void theForwardBendsAreTaggedLoadedFlexionButCatCowIsNot() {
		assertThat(standard().all()).filteredOn(item -> item.tagged(TechniqueTag.LOADED_FLEXION))
			.extracting(ContentItem::id)
			.containsExactlyInAnyOrder("seated-forward-bend", "knee-to-chest");
		assertThat(item("cat-cow").tagged(TechniqueTag.LOADED_FLEXION)).isFalse();
	}

	@Test
	void ownFingertipsAreAGentleSeatedItemWithoutKnucklesToolsOrTheFloor() {
		ContentItem fingertips = item("self-hands-fingertips");

		assertThat(fingertips.kind()).isEqualTo(Kind.SELF_MASSAGE);
		assertThat(fingertips.pressure()).isEqualTo(Pressure.LIGHT);
		assertThat(fingertips.equipment()).isEmpty();
		assertThat(fingertips.tags()).isEmpty();
		assertThat(says(fingertips, "knuckle", "ball")).isFalse();
		assertThat(fingertips.cites("002_1bddc26e8e039ed1.txt")).isTrue();
	}

	@Test
	void theKnuckleVariantIsTaggedKnuckles() {
		assertThat(item("self-hands-knuckles").tagged(TechniqueTag.KNUCKLES)).isTrue();
		assertThat(says(item("self-hands-knuckles"), "fingertip")).isFalse();
	}

	private static boolean says(ContentItem item, String... words) {
		String text = Stream
			.of(Stream.of(item.name(), item.summary(), item.hands() == null ? "" : item.hands()), item.steps().stream(),
					item.details().stream())
			.flatMap(s -> s)
			.map(s -> s.toLowerCase(Locale.ENGLISH))
			.reduce("", (a, b) -> a + " " + b);
		return Stream.of(words).anyMatch(text::contains);
	}

}
