package org.easeback.therapist.web;

import java.time.LocalDate;
import java.util.Set;

import org.easeback.shared.Region;
import org.easeback.therapist.SoapContent;

/** The request bodies of the therapist API. */
final class Requests {

	private Requests() {
	}

	/** Redeem a share code. */
	record Redeem(String code) {

	}

	/** A new note. */
	record NewNote(LocalDate visitDate, String subjective, String objective, String assessment, String plan,
			Set<Region> marks) {

		SoapContent content() {
			return new SoapContent(this.subjective, this.objective, this.assessment, this.plan, this.marks);
		}

	}

	/** An amendment of the note at {@code version}. */
	record Amendment(Integer version, String subjective, String objective, String assessment, String plan,
			Set<Region> marks, String reason) {

		SoapContent content() {
			return new SoapContent(this.subjective, this.objective, this.assessment, this.plan, this.marks);
		}

	}

	/** A home routine item. */
	record Routine(String itemId, String howOften) {

	}

}
