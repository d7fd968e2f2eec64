package org.easeback.content;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.easeback.shared.Allergen;
import org.easeback.shared.Pressure;
import org.easeback.shared.Region;
import org.easeback.shared.TechniqueTag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.easeback.content.ContentFixtures.item;
import static org.easeback.content.ContentFixtures.standard;

class ContentLibraryTests {

	private static final List<String> ARTICLES = List.of("000_2dddca60ff19d2f1.txt", "001_6cbba744d3dc619a.txt",
			"002_1bddc26e8e039ed1.txt", "003_0c147a48acec2f66.txt", "004_bf4b4a98f97f5ac7.txt");

	/** Named where the content says what the evidence shows, beyond the articles. */
	private static final List<String> EVIDENCE = List.of("nice-ng59", "cochrane-2015-massage");

	@Test
	void shouldListTheFiveArticlesAndTheTwoEvidenceSourcesWithTitles() {
		List<String> all = new java.util.ArrayList<>(ARTICLES);
		all.addAll(EVIDENCE);
		assertThat(standard().sources()).extracting(Source::file).containsExactlyElementsOf(all);
		assertThat(standard().sources()).allSatisfy(source -> assertThat(source.title()).isNotBlank());
		assertThat(standard().sources()).filteredOn(source -> EVIDENCE.contains(source.file()))
			.allSatisfy(source -> assertThat(source.title()).contains("https://"));
	}

	@Test
	void shouldCiteOnlyListedSourcesAndAtLeastOneForEveryItem() {
		assertThat(standard().all()).allSatisfy(item -> {
			assertThat(item.sources()).as(item.id()).isNotEmpty();
			assertThat(item.sources()).extracting(Source::file)
				.as(item.id())
				.allMatch(file -> ARTICLES.contains(file) || EVIDENCE.contains(file));
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "pelvic-tilt", "pelvic-tilt-standing", "glute-bridge", "bird-dog", "side-lying-clam",
			"walking-daily" })
	void everyExerciseIsAStretchItemWithAnEasierAndAHarderVersionTimingAndNiceNg59(String id) {
		ContentItem exercise = item(id);

		assertThat(exercise.kind()).isEqualTo(Kind.STRETCH);
		assertThat(exercise.steps()).anyMatch(line -> line.startsWith("Easier: "))
			.anyMatch(line -> line.startsWith("Harder: "));
		assertThat(exercise.timing().seconds().min()).isPositive();
		assertThat(exercise.cites("nice-ng59")).as(id).isTrue();
		assertThat(standard().diagram(id)).as(id).hasValueSatisfying(d -> assertThat(d.frames()).hasSizeGreaterThan(1));
	}

	@Test
	void theExercisesCountRepetitionsWithRangesAndOneSidedOnesCountEachSide() {
		assertThat(List.of("pelvic-tilt", "pelvic-tilt-standing", "glute-bridge", "bird-dog", "side-lying-clam"))
			.allSatisfy(id -> assertThat(item(id).timing().repetitions().max())
				.isGreaterThan(item(id).timing().repetitions().min()));
		assertThat(item("bird-dog").timing().eachSide()).isTrue();
		assertThat(item("side-lying-clam").timing().eachSide()).isTrue();
		assertThat(item("glute-bridge").timing().eachSide()).isFalse();
	}

	@Test
	void everyRollingItemMovesOnAfterAMinuteOrTwoPerArea() {
		assertThat(standard().all()).filteredOn(i -> i.tagged(TechniqueTag.TOOL_PRESSURE))
			.isNotEmpty()
			.allSatisfy(i -> {
				int areas = i.timing().eachSide() ? 2 : 1;
				assertThat(i.timing().seconds().max()).as(i.id()).isLessThanOrEqualTo(areas * 120);
				assertThat(i.steps()).as(i.id()).anyMatch(line -> line.contains("a minute or two"));
			});
		assertThat(item("tennis-ball-glutes").regions()).containsExactlyInAnyOrder(Region.GLUTE_LEFT,
				Region.GLUTE_RIGHT);
	}

	@Test
	void acutePainUsuallySettlesAndMostChronicPainIsNonSpecific() {
		String text = String.join(" ", item("pain-acute-vs-chronic").details());

		assertThat(text).contains("usually settles within about three months", "non-specific")
			.doesNotContain("nearly always", "often an underlying cause");
	}

	@ParameterizedTest
	@ValueSource(strings = { "benefits-honest", "massage-can-and-cannot" })
	void whereBenefitsAreClaimedTheEvidenceIsStatedPlainly(String id) {
		ContentItem claim = item(id);
		String text = String.join(" ", claim.details());

		assertThat(text).contains("Cochrane review of 2015", "short-term relief", "low", "NICE NG59", "exercise");
		assertThat(claim.cites("cochrane-2015-massage")).isTrue();
		assertThat(claim.cites("nice-ng59")).isTrue();
	}

	@Test
	void thePillowUnderTheHeadAgainstTheTowelUnderTheForeheadIsSettledForTheTowel() {
		assertThat(item("setup-positioning").disagreement()).contains("pillow under the head", "towel",
				"EaseBack chooses the towel under the forehead");
		assertThat(item("setup-surface-bed").steps()).anyMatch(line -> line.startsWith("On a couch"));
	}

	@Test
	void shouldUseEveryArticle() {
		assertThat(ARTICLES).allMatch(file -> standard().all().stream().anyMatch(item -> item.cites(file)));
	}

	@Test
	void shouldHoldTriggerPointsAboutFiveSecondsPerSpotInSmallCircles() {
		ContentItem triggerPoint = item("trigger-point-circles");

		assertThat(triggerPoint.timing().holdSeconds()).isEqualTo(Span.of(5));
		assertThat(triggerPoint.hands()).contains("small circles").contains("five seconds");
		assertThat(triggerPoint.tagged(TechniqueTag.TRIGGER_POINT)).isTrue();
		assertThat(triggerPoint.contraindications()).contains("blood_thinners", "osteoporosis");
		assertThat(String.join(" ", triggerPoint.steps())).containsIgnoringCase("stop");
	}

	@Test
	void shouldHoldKneeToChestForTwentyToThirtySecondsOnEachSide() {
		Timing timing = item("knee-to-chest").timing();

		assertThat(timing.holdSeconds()).isEqualTo(Span.between(20, 30));
		assertThat(timing.eachSide()).isTrue();
	}

	@Test
	void shouldHoldSeatedForwardBendForTwentyToThirtySeconds() {
		assertThat(item("seated-forward-bend").timing().holdSeconds()).isEqualTo(Span.between(20, 30));
	}

	@Test
	void shouldRepeatCatCowFiveToTenTimes() {
		assertThat(item("cat-cow").timing().repetitions()).isEqualTo(Span.between(5, 10));
	}

	@Test
	void shouldRollOnTwoTennisBallsEitherSideOfTheSpine() {
		ContentItem balls = item("tennis-ball-roll");

		assertThat(balls.equipment()).contains(Equipment.TENNIS_BALLS, Equipment.MAT);
		assertThat(balls.regions()).containsExactlyInAnyOrder(Region.LUMBAR_LEFT, Region.LUMBAR_RIGHT);
		String steps = String.join(" ", balls.steps());
		assertThat(steps).contains("two tennis balls", "one each side of the spine", "knees bent", "feet");
		assertThat(steps).contains("less pressure").contains("more");
	}

	@Test
	void shouldSuggestTenToFifteenMinutesForAMassage() {
		assertThat(item("setup-duration").timing().seconds()).isEqualTo(Span.between(600, 900));
	}

	@Test
	void shouldNeverTargetTheSpineWithAnythingThatIsPractised() {
		assertThat(standard().all()).filteredOn(item -> item.kind().practice() || item.kind() == Kind.MODALITY)
			.allSatisfy(item -> assertThat(item.regions()).as(item.id()).doesNotContain(Region.SPINE));
	}

	@Test
	void shouldNeverTellAnyoneToPressOnTheSpine() {
		assertThat(standard().all()).filteredOn(item -> item.kind().practice()).allSatisfy(item -> {
			for (String step : item.steps()) {
				String text = step.toLowerCase(Locale.ROOT);
				assertThat(text).as(item.id()).doesNotContainPattern("press(es|ing)? (down )?(on|into) the spine");
			}
		});
	}

	@Test
	void shouldRecordThatArticle002PressesOnTheSpineAndWeNeverDo() {
		for (String id : List.of("region-spine", "thumb-slide-beside-spine", "friction-circles")) {
			assertThat(item(id).disagreement()).as(id).contains("002").contains("001").containsIgnoringCase("never");
		}
	}

	@Test
	void shouldMarkEveryModalityProfessionalOnly() {
		List<String> modalities = List.of("deep-tissue-massage", "swedish-massage", "sports-massage", "shiatsu",
				"thai-massage", "myofascial-release", "trigger-point-therapy");

		assertThat(standard().byKind(Kind.MODALITY)).extracting(ContentItem::id)
			.containsExactlyInAnyOrderElementsOf(modalities);
		assertThat(standard().byKind(Kind.MODALITY)).allSatisfy(modality -> {
			assertThat(modality.who()).isEqualTo(Who.PROFESSIONAL_ONLY);
			assertThat(String.join(" ", modality.details())).as(modality.id())
				.contains("What it is", "When it helps", "Training");
		});
		assertThat(standard().search(new LibraryQuery(null, Who.PROFESSIONAL_ONLY, null, null, null)))
			.allMatch(item -> item.kind() == Kind.MODALITY);
	}

	@ParameterizedTest
	@EnumSource(Region.class)
	void shouldDescribeEveryRegionOfTheBodyMap(Region region) {
		ContentItem item = standard().region(region);

		assertThat(item.kind()).isEqualTo(Kind.REGION);
		assertThat(item.regions()).containsExactly(region);
		assertThat(item.id()).isEqualTo("region-" + region.name().toLowerCase(Locale.ROOT).replace('_', '-'));
	}

	@Test
	void shouldListAllergensOfEveryOil() {
		assertThat(standard().oils()).extracting(ContentItem::id)
			.containsExactlyInAnyOrder("oil-coconut", "oil-almond", "oil-unscented", "lotion-mild",
					"oil-essential-diluted");
		assertThat(item("oil-almond").allergens()).containsExactly(Allergen.TREE_NUT);
		assertThat(item("oil-coconut").allergens()).containsExactly(Allergen.COCONUT);
		ContentItem essential = item("oil-essential-diluted");
		assertThat(essential.allergens()).containsExactly(Allergen.FRAGRANCE);
		assertThat(essential.tagged(TechniqueTag.ESSENTIAL_OIL)).isTrue();
		assertThat(String.join(" ", essential.steps())).contains("carrier").contains("never");
	}

	@Test
	void shouldKeepAwayFromTheSacrumInPregnancy() {
		assertThat(item("sacrum-flat-palm").contraindications()).contains("pregnant");
		assertThat(item("sacrum-flat-palm").pressure()).isEqualTo(Pressure.LIGHT);
		assertThat(item("setup-positioning").contraindications()).contains("pregnant");
	}

	@Test
	void shouldGiveEveryPractisedItemStepsHandsPressureAndTiming() {
		assertThat(standard().all()).filteredOn(item -> item.kind().practice()).allSatisfy(item -> {
			assertThat(item.steps()).as(item.id()).isNotEmpty();
			assertThat(item.hands()).as(item.id()).isNotBlank();
			assertThat(item.pressure()).as(item.id()).isNotNull();
			assertThat(item.timing()).as(item.id()).isNotNull();
			assertThat(item.who()).as(item.id()).isIn(Who.PARTNER, Who.SELF);
		});
	}

	@ParameterizedTest
	@ValueSource(strings = {
			// set-up and positioning
			"setup-place", "setup-surface-table", "setup-surface-floor", "setup-surface-bed", "setup-positioning",
			"setup-draping", "setup-clothing", "setup-warm-oil", "setup-heat-before", "setup-duration",
			// oils
			"oil-coconut", "oil-almond", "oil-unscented", "lotion-mild", "oil-essential-diluted",
			// partner strokes, pressure areas and the close
			"effleurage-glide", "petrissage-kneading", "friction-circles", "thumbs-outward-from-spine",
			"stacked-palm-circles", "knuckle-glide", "splayed-finger-slide", "thumb-slide-beside-spine",
			"fingertip-pull-to-hips", "trigger-point-circles", "skin-pinch-lift", "hugging-strokes", "closing-rock",
			"finishing-downward-strokes", "upper-back-warm-up", "glute-palm-circles", "iliac-crest-trace",
			"sacrum-flat-palm", "pressure-points-and-areas",
			// order, body use and communication
			"partner-order", "giver-body-use", "communication",
			// self-massage and stretches
			"tennis-ball-roll", "foam-roller-roll", "wall-ball-roll", "self-hands-fingertips", "self-hands-knuckles",
			"knee-to-chest", "seated-forward-bend", "cat-cow",
			// professional-only modalities
			"deep-tissue-massage", "swedish-massage", "sports-massage", "shiatsu", "thai-massage", "myofascial-release",
			"trigger-point-therapy",
			// aftercare
			"aftercare-end-gently", "aftercare-rest", "aftercare-water", "aftercare-stretch",
			"aftercare-keep-exercises",
			// background, therapists and benefits
			"pain-acute-vs-chronic", "pain-causes", "massage-can-and-cannot", "when-to-see-doctor",
			"choosing-a-therapist", "tell-your-therapist", "benefits-honest", "therapist-visit-what-happens",
			// exercises
			"pelvic-tilt", "pelvic-tilt-standing", "glute-bridge", "bird-dog", "side-lying-clam", "walking-daily",
			"tennis-ball-glutes" })
	void shouldHoldEveryItemOfTheProductChecklist(String id) {
		assertThat(standard().find(id)).as(id).isPresent();
	}

	@Test
	void shouldFindItemsBySearch() {
		assertThat(standard().search(LibraryQuery.any().withText("Tennis BALL"))).extracting(ContentItem::id)
			.contains("tennis-ball-roll", "wall-ball-roll");
		assertThat(standard().search(new LibraryQuery(Kind.SELF_MASSAGE, null, null, Equipment.WALL, null)))
			.extracting(ContentItem::id)
			.containsExactly("wall-ball-roll");
		assertThat(standard().search(new LibraryQuery(null, null, Region.SACRUM, null, null)))
			.extracting(ContentItem::id)
			.contains("region-sacrum", "sacrum-flat-palm");
		assertThat(standard().find("no-such-item")).isEmpty();
	}

	@Test
	void shouldKeepEveryKindPopulated() {
		assertThat(Arrays.stream(Kind.values())).allSatisfy(kind -> assertThat(standard().byKind(kind)).isNotEmpty());
	}

	@Test
	void theBodyMapViewHighlightsTheGivenAreasAndListsThemInTheGivenOrder() {
		BodyMapView plain = standard().bodyMapView(null);
		BodyMapView marked = standard().bodyMapView(List.of(Region.SACRUM, Region.LUMBAR_LEFT));

		assertThat(plain.hasHighlights()).isFalse();
		assertThat(plain.areas()).extracting(BodyMapView.Area::region)
			.containsExactlyElementsOf(BodyMapGeometry.standard().regions());
		assertThat(plain.areas().subList(0, plain.areas().size() - 1)).noneMatch(BodyMapView.Area::neverPressed);
		assertThat(plain.areas()).noneMatch(BodyMapView.Area::highlighted)
			.allSatisfy((area) -> assertThat(area.fill()).isNull());
		assertThat(plain.areas().get(plain.areas().size() - 1)).satisfies((spine) -> {
			assertThat(spine.id()).isEqualTo("region-SPINE");
			assertThat(spine.neverPressed()).isTrue();
			assertThat(spine.name()).isEqualTo(standard().region(Region.SPINE).name());
			assertThat(spine.path()).isEqualTo(BodyMapGeometry.standard().spinePath());
		});
		assertThat(standard().bodyMapView(List.of()).hasHighlights()).isFalse();
		assertThat(marked.areas()).filteredOn(BodyMapView.Area::highlighted)
			.extracting(BodyMapView.Area::region)
			.containsExactlyInAnyOrder(Region.SACRUM, Region.LUMBAR_LEFT);
		assertThat(marked.areas()).filteredOn(BodyMapView.Area::highlighted)
			.allSatisfy((area) -> assertThat(area.fill()).isEqualTo("url(#body-map-hatch)"));
		assertThat(marked.highlightedNames()).containsExactly(standard().region(Region.SACRUM).name(),
				standard().region(Region.LUMBAR_LEFT).name());
	}

	@Test
	void theAreaChoicesFollowTheRegionsAndTickTheSelectedOnes() {
		List<BodyMapView.Choice> choices = standard().regionChoices(List.of(Region.GLUTE_RIGHT));

		assertThat(choices).extracting(BodyMapView.Choice::value)
			.containsExactly(Arrays.stream(Region.values()).map(Enum::name).toArray(String[]::new));
		assertThat(choices).filteredOn(BodyMapView.Choice::checked)
			.extracting(BodyMapView.Choice::label)
			.containsExactly(standard().region(Region.GLUTE_RIGHT).name());
		assertThat(standard().regionChoices(null)).noneMatch(BodyMapView.Choice::checked);
	}

}
