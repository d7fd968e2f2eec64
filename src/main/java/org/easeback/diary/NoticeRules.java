package org.easeback.diary;

import java.util.List;
import java.util.Optional;

/** Every notice rule of the diary, checked together. */
public final class NoticeRules {

	private final List<NoticeRule> rules;

	private NoticeRules(List<NoticeRule> rules) {
		this.rules = List.copyOf(rules);
	}

	/** The rules SAFETY.md requires: severe three in a row, rising pain, long episode. */
	public static NoticeRules standard() {
		return new NoticeRules(List.of(new SevereThreeInARow(), new RisingPain(), new LongEpisode()));
	}

	/** The notices the diary shows for these facts, in rule order. */
	public List<Notice> check(DiaryFacts facts) {
		return this.rules.stream().map(r -> r.check(facts)).flatMap(Optional::stream).toList();
	}

}
