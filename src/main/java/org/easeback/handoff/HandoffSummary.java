package org.easeback.handoff;

import java.time.Instant;
import java.util.List;

import org.easeback.diary.Entry;

/**
 * Everything the one-page summary shows about a client.
 *
 * @param client the client's username
 * @param intake the intake profile
 * @param safety the latest safety check, or null when none is recorded
 * @param trend the pain of the last 30 days
 * @param entries every diary entry, oldest first (for the FHIR export)
 * @param routines the home routines therapists assigned
 * @param madeAt when the summary was made
 * @param displayName the name the client chose to be known by, or null when none
 */
public record HandoffSummary(String client, StoredIntake intake, LatestSafetyCheck safety, PainTrend trend,
		List<Entry> entries, List<AssignedRoutine> routines, Instant madeAt, String displayName) {

	public HandoffSummary {
		entries = List.copyOf(entries);
		routines = List.copyOf(routines);
	}

}
