package org.easeback.planner;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.easeback.content.ContentItem;
import org.easeback.content.ContentLibrary;
import org.easeback.content.Kind;
import org.easeback.safety.PlanChanges;
import org.easeback.shared.Words;
import org.easeback.shared.Words.Phrase;
import org.easeback.shared.Pressure;

/**
 * Everything a routine needs while it builds a plan, and the notes it collects on the
 * way.
 */
final class PlanContext {

	private final PlanRequest request;

	private final PlanChanges changes;

	private final ContentLibrary library;

	private final LibraryIndex index;

	private final Eligibility eligibility;

	private final Words words;

	private final Set<String> notes = new LinkedHashSet<>();

	/**
	 * @param words where the notes' sentences are read, in the language the plan keeps
	 */
	PlanContext(PlanRequest request, PlanChanges changes, Set<String> yesAnswers, ContentLibrary library, Words words) {
		this.request = request;
		this.changes = changes;
		this.library = library;
		this.words = words;
		this.index = LibraryIndex.of(library);
		this.eligibility = new Eligibility(request, changes, yesAnswers);
	}

	PlanRequest request() {
		return this.request;
	}

	PlanChanges changes() {
		return this.changes;
	}

	Eligibility eligibility() {
		return this.eligibility;
	}

	/**
	 * The content item, which must exist: routines name items of the standard content.
	 */
	ContentItem item(String id) {
		ContentItem item = this.index.item(id);
		if (item == null) {
			throw new IllegalStateException("The content has no item '" + id + "'");
		}
		return item;
	}

	/** The file names of the item's sources, as the immutable list a step keeps. */
	List<String> files(ContentItem item) {
		return this.index.files(item);
	}

	Optional<ContentItem> find(String id) {
		return this.library.find(id);
	}

	ContentLibrary library() {
		return this.library;
	}

	/** The firmest pressure of any step: the safety cap and the person's preference. */
	Pressure cap() {
		return this.request.pressure().cappedAt(this.changes.maxPressure());
	}

	/**
	 * Adds the slot for an item when it is eligible; when the safety check rules it out
	 * and the person has what it needs, notes why.
	 */
	void add(List<Slot> slots, String itemId, Phase phase, Side side, int priority, boolean repeatable) {
		ContentItem item = item(itemId);
		Optional<Slot> slot = this.eligibility.slot(item, phase, side, priority, repeatable);
		if (slot.isPresent()) {
			slots.add(slot.get());
		}
		else if (this.request.equipment().containsAll(item.equipment())) {
			this.eligibility.whyNot(item)
				.filter(Exclusion::bySafetyCheck)
				.ifPresent(why -> note("plan.note.leftOut", item.name(), why.reason()));
		}
	}

	/**
	 * Adds the slot for an item the person chose (a therapist's home routine) when it is
	 * a stretch or self-massage that is eligible and has an area left to work on; when it
	 * is not, always notes why, since the person expects it. A chosen item is kept
	 * however short the time: it has the first priority.
	 */
	void addChosen(List<Slot> slots, String itemId) {
		Optional<ContentItem> found = find(itemId)
			.filter(i -> i.kind() == Kind.STRETCH || i.kind() == Kind.SELF_MASSAGE);
		if (found.isEmpty()) {
			note("plan.note.leftOut.notInLibrary", itemId);
			return;
		}
		ContentItem item = found.get();
		Phase phase = item.kind() == Kind.STRETCH ? Phase.STRETCH
				: item.equipment().isEmpty() ? Phase.HANDS_ON : Phase.TOOLS;
		Optional<Slot> slot = this.eligibility.slot(item, phase, Side.BOTH, 1, true);
		if (slot.isPresent()) {
			slots.add(slot.get());
			return;
		}
		Phrase why = this.eligibility.whyNot(item).map(Exclusion::reason).orElse(new Phrase("plan.exclusion.noArea"));
		note("plan.note.leftOut.chosen", item.name(), why);
	}

	/**
	 * Adds the note of this message key, once; an argument may itself be a message to
	 * resolve.
	 */
	void note(String key, Object... args) {
		this.notes.add(this.words.get(new Phrase(key, args)));
	}

	/** The sentence of this message key, in the plan's language. */
	String words(String key, Object... args) {
		return this.words.get(key, args);
	}

	/** The language the plan is worded in. */
	Words language() {
		return this.words;
	}

	List<String> notes() {
		return new ArrayList<>(this.notes);
	}

}
