package org.easeback.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.easeback.content.ContentFixtures.file;
import static org.easeback.content.ContentFixtures.fixture;
import static org.easeback.content.ContentFixtures.load;
import static org.easeback.content.ContentFixtures.technique;
import static org.easeback.content.ContentFixtures.techniques;

class ContentLoaderTests {

	@Test
	void shouldLoadAValidTechnique() {
		ContentLibrary library = load(techniques(technique("test-stroke")));

		ContentItem item = library.find("test-stroke").orElseThrow();
		assertThat(item.kind()).isEqualTo(Kind.TECHNIQUE);
		assertThat(item.timing().seconds()).isEqualTo(Span.between(30, 60));
		assertThat(item.sources()).extracting(Source::file).containsExactly(ContentFixtures.ARTICLE);
	}

	@Test
	void shouldRejectADuplicateIdNamingFileAndId() {
		assertThatThrownBy(() -> load(techniques(technique("twice"), technique("twice"))))
			.isInstanceOf(ContentException.class)
			.hasMessageContaining("techniques.yaml: item 'twice'")
			.hasMessageContaining("duplicate id");
	}

	@Test
	void shouldRejectADuplicateIdAcrossFiles() {
		assertThatThrownBy(() -> load(techniques(technique("shared-id")),
				file("more-techniques.yaml", "TECHNIQUE", technique("shared-id"))))
			.hasMessageContaining(
					"more-techniques.yaml: item 'shared-id': duplicate id (already used in techniques.yaml)");
	}

	@Test
	void shouldRejectAMissingRequiredField() {
		String withoutSummary = technique("no-summary").replace("    summary: A stroke used in tests.\n", "");

		assertThatThrownBy(() -> load(techniques(withoutSummary)))
			.hasMessageContaining("techniques.yaml: item 'no-summary': missing required field 'summary'");
	}

	@Test
	void shouldRejectAPracticeItemWithoutSteps() {
		String withoutSteps = technique("no-steps").replace("    steps:\n      - Glide.\n", "");

		assertThatThrownBy(() -> load(techniques(withoutSteps)))
			.hasMessageContaining("item 'no-steps': missing required field 'steps'");
	}

	@Test
	void shouldRejectAnItemWithoutAnId() {
		String withoutId = technique("x").replace("  - id: x\n    name:", "  - name:");

		assertThatThrownBy(() -> load(techniques(withoutId)))
			.hasMessageContaining("techniques.yaml: item #1: missing required field 'id'");
	}

	@Test
	void shouldRejectANonPositiveTiming() {
		String zero = technique("zero-time").replace("seconds: [30, 60]", "seconds: 0");

		assertThatThrownBy(() -> load(techniques(zero)))
			.hasMessageContaining("item 'zero-time': timing.seconds must be positive, was 0");
	}

	@Test
	void shouldRejectANegativeHold() {
		String negative = technique("negative-hold").replace("seconds: [30, 60]", "seconds: 30\n      holdSeconds: -5");

		assertThatThrownBy(() -> load(techniques(negative)))
			.hasMessageContaining("item 'negative-hold': timing.holdSeconds must be positive");
	}

	@Test
	void shouldRejectARangeWhoseMaximumIsBelowItsMinimum() {
		String reversed = technique("reversed").replace("seconds: [30, 60]", "seconds: [60, 30]");

		assertThatThrownBy(() -> load(techniques(reversed)))
			.hasMessageContaining("item 'reversed': timing.seconds maximum 30 is below minimum 60");
	}

	@Test
	void shouldRejectAPracticeItemWithoutTiming() {
		String untimed = technique("untimed").replace("    timing:\n      seconds: [30, 60]\n", "");

		assertThatThrownBy(() -> load(techniques(untimed)))
			.hasMessageContaining("item 'untimed': missing required field 'timing'");
	}

	@Test
	void shouldRejectAnUnknownRegion() {
		String lowerBack = technique("bad-region").replace("[LUMBAR_LEFT]", "[LOWER_BACK]");

		assertThatThrownBy(() -> load(techniques(lowerBack)))
			.hasMessageContaining("techniques.yaml: item 'bad-region': unknown region 'LOWER_BACK'");
	}

	@Test
	void shouldRejectATechniqueOnTheSpine() {
		String onSpine = technique("on-spine").replace("[LUMBAR_LEFT]", "[LUMBAR_LEFT, SPINE]");

		assertThatThrownBy(() -> load(techniques(onSpine)))
			.hasMessageContaining("item 'on-spine': may not work on SPINE: it is a no-pressure zone");
	}

	@Test
	void shouldRejectUnknownEquipment() {
		String yogaBlock = technique("bad-equipment").replace("[OIL]", "[YOGA_BLOCK]");

		assertThatThrownBy(() -> load(techniques(yogaBlock)))
			.hasMessageContaining("item 'bad-equipment': unknown equipment 'YOGA_BLOCK'");
	}

	@Test
	void shouldRejectAnUnknownTechniqueTag() {
		String elbows = technique("bad-tag").replace("[FACE_DOWN]", "[ELBOWS]");

		assertThatThrownBy(() -> load(techniques(elbows))).hasMessageContaining("item 'bad-tag': unknown tag 'ELBOWS'");
	}

	@Test
	void shouldRejectAnUnknownContraindication() {
		String diabetes = technique("bad-contraindication").replace("[blood_thinners]", "[diabetes]");

		assertThatThrownBy(() -> load(techniques(diabetes)))
			.hasMessageContaining("item 'bad-contraindication': unknown contraindication 'diabetes'");
	}

	@Test
	void shouldRejectAMissingSource() {
		String unsourced = technique("no-source").replace("    sources: [001_6cbba744d3dc619a.txt]\n", "");

		assertThatThrownBy(() -> load(techniques(unsourced)))
			.hasMessageContaining("item 'no-source': missing required field 'sources'");
	}

	@Test
	void shouldRejectAnEmptySourceList() {
		String empty = technique("empty-sources").replace("[001_6cbba744d3dc619a.txt]", "[]");

		assertThatThrownBy(() -> load(techniques(empty)))
			.hasMessageContaining("item 'empty-sources': needs at least one source naming a listed article file");
	}

	@Test
	void shouldRejectAnUnknownSource() {
		String unknown = technique("unknown-source").replace("001_6cbba744d3dc619a.txt", "999_blog.txt");

		assertThatThrownBy(() -> load(techniques(unknown)))
			.hasMessageContaining("item 'unknown-source': unknown source '999_blog.txt' (not in sources.yaml)");
	}

	@Test
	void shouldRejectAnUnknownField() {
		String typo = technique("typo").replace("    hands:", "    handz: x\n    hands:");

		assertThatThrownBy(() -> load(techniques(typo))).hasMessageContaining("item 'typo': unknown field 'handz'");
	}

	@Test
	void shouldRejectAModalityThatIsNotProfessionalOnly() {
		assertThatThrownBy(() -> load(fixture("partner-modality.yaml"))).hasMessageContaining(
				"content-fixtures/partner-modality.yaml: item 'home-deep-tissue': who is PROFESSIONAL_ONLY");
	}

	@Test
	void shouldRejectAnEssentialOilWithoutTheFragranceAllergen() {
		assertThatThrownBy(() -> load(fixture("unsafe-oil.yaml")))
			.hasMessageContaining("item 'neat-lavender': an essential oil lists the allergen FRAGRANCE");
	}

	@Test
	void shouldRejectAFileWithoutAKnownKind() {
		assertThatThrownBy(() -> load(file("odd.yaml", "RECIPE", technique("x"))))
			.hasMessageContaining("odd.yaml: needs a 'kind'");
	}

	@Test
	void shouldReportEveryProblemAtOnce() {
		String broken = technique("broken").replace("[LUMBAR_LEFT]", "[NOWHERE]").replace("[OIL]", "[ROPE]");

		assertThatThrownBy(() -> load(techniques(broken))).isInstanceOfSatisfying(ContentException.class,
				ex -> assertThat(ex.problems()).hasSize(2));
	}

	@Test
	void shouldRequireOneRegionItemPerRegion() {
		ContentLibrary partial = load(file("regions.yaml", "REGION", """
				  - id: region-spine
				    name: Spine
				    summary: The bones down the middle.
				    regions: [SPINE]
				    sources: [001_6cbba744d3dc619a.txt]
				"""));

		assertThatThrownBy(() -> ContentCompleteness.check(partial.all()))
			.hasMessageContaining("needs exactly one REGION item for LUMBAR_LEFT, found 0");
	}

}
