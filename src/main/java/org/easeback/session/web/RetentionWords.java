package org.easeback.session.web;

import java.time.Duration;

import org.easeback.planner.PlanRetention;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A plan's retention as the pages say it, from the messages {@code plan.retention.days},
 * {@code .hours} or {@code .minutes}: in whole days or hours when it is one.
 */
final class RetentionWords {

	private RetentionWords() {
	}

	static MessageSourceResolvable of(PlanRetention retention) {
		Duration unused = retention.unused();
		if (unused.toDays() >= 1 && unused.equals(Duration.ofDays(unused.toDays()))) {
			return count("plan.retention.days", unused.toDays());
		}
		if (unused.toHours() >= 1 && unused.equals(Duration.ofHours(unused.toHours()))) {
			return count("plan.retention.hours", unused.toHours());
		}
		return count("plan.retention.minutes", Math.max(1, unused.toMinutes()));
	}

	private static MessageSourceResolvable count(String key, long n) {
		return new DefaultMessageSourceResolvable(new String[] { key }, new Object[] { n });
	}

}
