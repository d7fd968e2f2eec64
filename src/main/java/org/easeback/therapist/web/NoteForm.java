package org.easeback.therapist.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.easeback.shared.FieldProblem;
import org.easeback.shared.InvalidInputException;
import org.easeback.shared.Region;
import org.easeback.therapist.SoapContent;

import org.apache.commons.lang3.EnumUtils;

/**
 * A SOAP note's form as typed (therapist/client.html: the new note, or the amendment of
 * one note), with the messages by field, so that a rejected note is shown again with
 * everything the therapist wrote and each message at its field.
 *
 * @param visitDate the visit date as typed (new notes only)
 * @param subjective what the client reports
 * @param objective what the therapist observed
 * @param assessment the assessment
 * @param plan what happens next
 * @param marks the ticked areas as sent
 * @param reason why it is amended (amendments only)
 * @param errors the messages by field name; empty before anything was sent
 */
public record NoteForm(String visitDate, String subjective, String objective, String assessment, String plan,
		List<String> marks, String reason, Map<String, String> errors) {

	/** The form before anything was typed. */
	static final NoteForm EMPTY = new NoteForm(null, null, null, null, null, List.of(), null, Map.of());

	public NoteForm {
		marks = (marks != null) ? List.copyOf(marks) : List.of();
		errors = Map.copyOf(errors);
	}

	/** The ticked areas that are areas, for the body-map checkboxes. */
	public List<Region> selectedMarks() {
		return this.marks.stream().map(NoteForm::region).filter(Objects::nonNull).toList();
	}

	/** The message for a field, or null. */
	public String error(String field) {
		return this.errors.get(field);
	}

	/** "true" for aria-invalid when the field has a message, else null (no attribute). */
	public String invalid(String field) {
		return this.errors.containsKey(field) ? "true" : null;
	}

	/** The id of the field's message for aria-describedby, or null (no attribute). */
	public String describedBy(String prefix, String field) {
		return this.errors.containsKey(field) ? prefix + field + "-error" : null;
	}

	/** The same form with these messages (by field; the first for each field wins). */
	NoteForm rejectedWith(InvalidInputException ex) {
		Map<String, String> merged = new LinkedHashMap<>(this.errors);
		ex.problems().forEach((p) -> merged.putIfAbsent(p.field(), p.message()));
		return new NoteForm(this.visitDate, this.subjective, this.objective, this.assessment, this.plan, this.marks,
				this.reason, merged);
	}

	/**
	 * What the form says, read strictly.
	 * @throws InvalidInputException naming the visit date when it is not a date, and the
	 * areas when one is unknown
	 */
	Parsed parse() {
		List<FieldProblem> problems = new ArrayList<>(0);
		LocalDate date = null;
		if (this.visitDate != null && !this.visitDate.isBlank()) {
			try {
				date = LocalDate.parse(this.visitDate.strip());
			}
			catch (DateTimeParseException ex) {
				problems.add(new FieldProblem("visitDate", "must be a date such as 2026-01-16"));
			}
		}
		Set<Region> regions = EnumSet.noneOf(Region.class);
		for (String mark : this.marks) {
			Region region = region(mark);
			if (region == null) {
				problems.add(new FieldProblem("marks", "has an unknown area " + mark));
			}
			else {
				regions.add(region);
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new Parsed(date, new SoapContent(this.subjective, this.objective, this.assessment, this.plan, regions));
	}

	private static Region region(String name) {
		return EnumUtils.getEnum(Region.class, name);
	}

	/**
	 * The form read.
	 *
	 * @param visitDate the visit date, or null when none was given
	 * @param content the note's four parts and its areas
	 */
	record Parsed(LocalDate visitDate, SoapContent content) {
	}

}
