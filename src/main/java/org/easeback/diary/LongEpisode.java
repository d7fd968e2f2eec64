package org.easeback.diary;

import java.util.Optional;

import org.easeback.safety.EpisodeClassification;

/**
 * The current (open) episode is chronic by the safety module's rule: 13 whole weeks or
 * more, that is past 12 weeks.
 */
final class LongEpisode implements NoticeRule {

	@Override
	public Optional<Notice> check(DiaryFacts facts) {
		return facts.currentEpisode()
			.filter(e -> e.episode().classification() == EpisodeClassification.CHRONIC)
			.map(e -> new Notice(Notice.Kind.LONG_EPISODE, "This episode of back pain started on " + e.onset()
					+ " and has lasted " + e.episode().weeks() + " weeks, more than 12. Pain that lasts this long "
					+ "needs a clinician's plan; massage can ease symptoms but is not a treatment on its own."));
	}

}
