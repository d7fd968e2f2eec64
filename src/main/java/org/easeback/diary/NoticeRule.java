package org.easeback.diary;

import java.util.Optional;

/** One named rule that may call for a "see a clinician" notice. */
interface NoticeRule {

	Optional<Notice> check(DiaryFacts facts);

}
