package org.easeback.therapist;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.easeback.shared.FieldProblem;
import org.easeback.shared.InvalidInputException;
import org.easeback.shared.Region;

/**
 * What one version of a SOAP note says.
 *
 * @param subjective what the client reports
 * @param objective what the therapist observed
 * @param assessment the therapist's assessment
 * @param plan what happens next
 * @param marks areas marked on the body map
 */
public record SoapContent(String subjective, String objective, String assessment, String plan, Set<Region> marks) {

	/** Most characters in each of the four parts. */
	public static final int MAX_PART = 4000;

	public SoapContent {
		subjective = subjective == null ? "" : subjective.trim();
		objective = objective == null ? "" : objective.trim();
		assessment = assessment == null ? "" : assessment.trim();
		plan = plan == null ? "" : plan.trim();
		marks = marks == null ? Set.of() : Set.copyOf(marks);
	}

	/** The marks in body-map order. */
	public List<Region> marksInOrder() {
		return this.marks.stream().sorted().toList();
	}

	/**
	 * @throws InvalidInputException naming every field that is too long, or all when
	 * empty
	 */
	void validate() {
		List<FieldProblem> problems = new ArrayList<>();
		check(problems, "subjective", this.subjective);
		check(problems, "objective", this.objective);
		check(problems, "assessment", this.assessment);
		check(problems, "plan", this.plan);
		if (problems.isEmpty() && (this.subjective + this.objective + this.assessment + this.plan).isBlank()) {
			problems.add(new FieldProblem("subjective", "a note needs at least one of its four parts"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private static void check(List<FieldProblem> problems, String field, String value) {
		if (value.length() > MAX_PART) {
			problems.add(new FieldProblem(field, "must be at most " + MAX_PART + " characters"));
		}
	}

}
