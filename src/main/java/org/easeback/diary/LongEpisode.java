package org.easeback.diary;

import java.util.Optional;

import org.easeback.safety.EpisodeClassification;
import org.easeback.shared.Words.Phrase;

/**
 * The current (open) episode is chronic by the safety module's rule: 13 whole weeks or
 * more, that is past 12 weeks.
 */
final class LongEpisode implements NoticeRule {

	@Override
	public Optional<Notice> check(DiaryFacts facts) {
		return facts.currentEpisode()
			.filter(e -> e.episode().classification() == EpisodeClassification.CHRONIC)
			.map(e -> new Notice(Notice.Kind.LONG_EPISODE,
					new Phrase("diary.notice.longEpisode", e.onset().toString(), e.episode().weeks())));
	}

}
