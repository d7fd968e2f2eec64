package org.easeback.therapist.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.easeback.shared.Region;
import org.easeback.therapist.SoapContent;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new SOAP note: the client page's form and the API's body. Lengths are checked here so
 * the page words them from the bundle; that a note says something at all is the notes'
 * own rule.
 *
 * @param visitDate the day of the visit
 * @param subjective what the client reports
 * @param objective what the therapist observed
 * @param assessment the assessment
 * @param plan what happens next
 * @param marks the areas ticked on the body map; null when one was not an area
 */
record NewNote(
		@NotNull(message = "{therapist.note.visitDate}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) LocalDate visitDate,
		@Size(max = SoapContent.MAX_PART, message = "{therapist.note.part.size}") String subjective,
		@Size(max = SoapContent.MAX_PART, message = "{therapist.note.part.size}") String objective,
		@Size(max = SoapContent.MAX_PART, message = "{therapist.note.part.size}") String assessment,
		@Size(max = SoapContent.MAX_PART, message = "{therapist.note.part.size}") String plan, Set<Region> marks) {

	/** The form before anything was typed. */
	static final NewNote EMPTY = new NewNote(null, null, null, null, null, Set.of());

	SoapContent content() {
		return new SoapContent(this.subjective, this.objective, this.assessment, this.plan, this.marks);
	}

	/** The ticked areas in body-map order, for the checkboxes. */
	public List<Region> marksInOrder() {
		return content().marksInOrder();
	}

}
