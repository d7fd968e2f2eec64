package org.easeback.therapist;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A SOAP note of one visit with every version: an edit adds a version, nothing is
 * overwritten, so amendments stay visible.
 *
 * @param id the note's id
 * @param therapist who wrote it
 * @param client whom it is about
 * @param visitDate the day of the visit
 * @param versions every version, oldest first; the last is current
 */
public record SoapNote(long id, String therapist, String client, LocalDate visitDate, List<Version> versions) {

	public SoapNote {
		versions = List.copyOf(versions);
	}

	/** The current version. */
	public Version current() {
		return this.versions.get(this.versions.size() - 1);
	}

	/** True once the note was amended. */
	public boolean amended() {
		return this.versions.size() > 1;
	}

	/**
	 * One version.
	 *
	 * @param version 1 for the first, then 2, 3, ...
	 * @param content what it says
	 * @param reason why it was amended (null for version 1)
	 * @param writtenAt when
	 */
	public record Version(int version, SoapContent content, String reason, Instant writtenAt) {

		private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
			.withZone(ZoneOffset.UTC);

		/** When it was written, to the minute in UTC, for pages. */
		public String writtenAtText() {
			return MINUTES.format(this.writtenAt);
		}

		/** When it was written, to the second, for a {@code datetime} attribute. */
		public String writtenAtIso() {
			return this.writtenAt.truncatedTo(ChronoUnit.SECONDS).toString();
		}

	}

}
