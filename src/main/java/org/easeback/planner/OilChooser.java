package org.easeback.planner;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.easeback.content.ContentItem;
import org.easeback.content.Equipment;
import org.easeback.shared.InvalidInputException;
import org.easeback.shared.TechniqueTag;

/**
 * Picks the oil to suggest: the person's choice when it is safe for them, otherwise the
 * mildest safe oil. Never an oil with an allergen they reported; essential oils only when
 * allowed, and then only as a few drops in a carrier oil.
 */
final class OilChooser {

	/** The chosen oil, in words for the plan, and its content id. */
	record Choice(String text, String itemId) {
	}

	private final PlanContext context;

	OilChooser(PlanContext context) {
		this.context = context;
	}

	Optional<Choice> choose() {
		String wanted = this.context.request().oilId();
		if (wanted == null && !this.context.request().has(Equipment.OIL)) {
			return Optional.empty();
		}
		List<ContentItem> oils = this.context.library().oils();
		if (wanted != null) {
			ContentItem chosen = oils.stream()
				.filter(o -> o.id().equals(wanted))
				.findFirst()
				.orElseThrow(() -> new InvalidInputException("oil", "is not an oil or lotion of the library"));
			if (safe(chosen)) {
				return Optional.of(describe(chosen, oils));
			}
			this.context.note("plan.note.oilNotSuggested", chosen.name());
		}
		return oils.stream()
			.filter(this::safe)
			.filter(o -> !isEssential(o))
			.min(Comparator.comparingInt(o -> o.allergens().size()))
			.map(o -> describe(o, oils));
	}

	private boolean safe(ContentItem oil) {
		if (oil.containsAny(this.context.changes().forbiddenAllergens())) {
			return false;
		}
		return !isEssential(oil) || this.context.changes().essentialOilsAllowed()
				&& this.context.changes().permits(TechniqueTag.ESSENTIAL_OIL);
	}

	private Choice describe(ContentItem oil, List<ContentItem> oils) {
		if (!isEssential(oil)) {
			return new Choice(oil.name() + ". " + oil.summary(), oil.id());
		}
		ContentItem carrier = oils.stream()
			.filter(this::safe)
			.filter(o -> !isEssential(o))
			.min(Comparator.comparingInt(o -> o.allergens().size()))
			.orElseThrow();
		return new Choice(oil.name() + ": only a few drops, always mixed into " + carrier.name().toLowerCase()
				+ ", never straight on the skin. Ask about scents and sensitivities first.", oil.id());
	}

	private static boolean isEssential(ContentItem oil) {
		return oil.tagged(TechniqueTag.ESSENTIAL_OIL);
	}

}
