package org.easeback.diary;

import java.util.List;
import java.util.Optional;

import org.easeback.shared.Words.Phrase;

/**
 * The three latest entries, by the time they were taken, are all 8 to 10. A lower entry
 * after them ends the notice; there is no time limit, so a run stays visible until then.
 */
final class SevereThreeInARow implements NoticeRule {

	static final int RUN = 3;

	@Override
	public Optional<Notice> check(DiaryFacts facts) {
		List<PainReading> entries = facts.readings();
		if (entries.size() < RUN) {
			return Optional.empty();
		}
		List<PainReading> latest = entries.subList(entries.size() - RUN, entries.size());
		if (!latest.stream().allMatch(e -> e.pain().isSevere())) {
			return Optional.empty();
		}
		return Optional.of(new Notice(Notice.Kind.SEVERE_THREE_IN_A_ROW, new Phrase("diary.notice.severe",
				String.join(", ", latest.stream().map(e -> String.valueOf(e.pain().value())).toList()))));
	}

}
