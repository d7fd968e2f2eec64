package org.easeback.therapist.web;

import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.easeback.shared.Region;
import org.easeback.therapist.SoapContent;
import org.easeback.therapist.SoapNotes;

/**
 * An amendment of the note at {@code version}: the client page's form and the API's body.
 *
 * @param version the version the amendment was made on
 * @param subjective what the client reports
 * @param objective what the therapist observed
 * @param assessment the assessment
 * @param plan what happens next
 * @param marks the areas ticked on the body map; null when one was not an area
 * @param reason why it is amended
 */
record Amendment(@NotNull(message = "{therapist.amendment.version}") Integer version,
		@Size(max = SoapContent.MAX_PART, message = "{therapist.note.part.size}") String subjective,
		@Size(max = SoapContent.MAX_PART, message = "{therapist.note.part.size}") String objective,
		@Size(max = SoapContent.MAX_PART, message = "{therapist.note.part.size}") String assessment,
		@Size(max = SoapContent.MAX_PART, message = "{therapist.note.part.size}") String plan, Set<Region> marks,
		@Size(max = SoapNotes.MAX_REASON, message = "{therapist.amendment.reason.size}") String reason) {

	/** No amendment typed yet. */
	static final Amendment EMPTY = new Amendment(null, null, null, null, null, Set.of(), null);

	SoapContent content() {
		return new SoapContent(this.subjective, this.objective, this.assessment, this.plan, this.marks);
	}

	/** The ticked areas in body-map order, for the checkboxes. */
	public List<Region> marksInOrder() {
		return content().marksInOrder();
	}

}
