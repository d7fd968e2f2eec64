package org.easeback.handoff;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.easeback.account.AccountView;
import org.easeback.account.Accounts;
import org.easeback.diary.DiaryEntries;
import org.easeback.diary.Entry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts together the one-page summary of a client: their display name, the intake, the
 * latest safety check, the 30-day pain trend from the diary and the assigned home
 * routines. Callers decide who may read it (the client, or a therapist with access).
 */
@Service
public class Summaries {

	private final Intakes intakes;

	private final SafetyCheckRecords checks;

	private final DiaryEntries diary;

	private final ObjectProvider<AssignedRoutines> routines;

	private final Accounts accounts;

	private final Clock clock;

	Summaries(Intakes intakes, SafetyCheckRecords checks, DiaryEntries diary, ObjectProvider<AssignedRoutines> routines,
			Accounts accounts, Clock clock) {
		this.accounts = accounts;
		this.intakes = intakes;
		this.checks = checks;
		this.diary = diary;
		this.routines = routines;
		this.clock = clock;
	}

	/** The summary of {@code client}. */
	@Transactional(readOnly = true)
	public HandoffSummary of(String client) {
		List<Entry> entries = this.diary.all(client);
		return new HandoffSummary(client, this.intakes.find(client), this.checks.latest(client).orElse(null),
				trend(entries), entries, routinesOf(client), Instant.now(this.clock),
				this.accounts.find(client).map(AccountView::displayName).orElse(null));
	}

	/** The home routines assigned to {@code client}. */
	public List<AssignedRoutine> routinesOf(String client) {
		return this.routines.orderedStream().flatMap(r -> r.forClient(client).stream()).toList();
	}

	private PainTrend trend(List<Entry> entries) {
		ZoneId zone = this.clock.getZone();
		LocalDate today = LocalDate.now(this.clock);
		LocalDate from = today.minusDays(PainTrend.DAYS - 1);
		return new PainTrend(from,
				entries.stream()
					.map(e -> new PainTrend.Point(LocalDate.ofInstant(e.takenAt(), zone), e.pain().value()))
					.filter(p -> !p.day().isBefore(from) && !p.day().isAfter(today))
					.toList());
	}

}
