package org.easeback.diary.web;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The entry form's fields as the pages insert them unescaped: a new entry's form is kept
 * per minute and day, and is exactly what rendering it each time gives; whatever a person
 * typed is escaped.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EntryFieldsHtmlTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

	@Autowired
	EntryFieldsHtml fields;

	@Test
	void aNewEntrysFormIsRenderedOncePerMinuteAndDay() {
		String first = this.fields.newEntry("2026-12-04T21:30", TODAY, Map.of());

		assertThat(this.fields.newEntry("2026-12-04T21:30", TODAY, Map.of())).isSameAs(first);
		assertThat(first).contains("value=\"2026-12-04T21:30\"", "max=\"2026-12-04T23:59\"");
		assertThat(this.fields.newEntry("2026-12-04T21:31", TODAY, Map.of())).isNotEqualTo(first)
			.contains("value=\"2026-12-04T21:31\"");
		assertThat(this.fields.newEntry("2026-12-05T00:00", TODAY.plusDays(1), Map.of()))
			.contains("max=\"2026-12-05T23:59\"");
	}

	@Test
	void theKeptFormIsWhatRenderingTheSameFormEachTimeGives() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("takenAt", "2026-12-04T08:15");

		String kept = this.fields.newEntry("2026-12-04T08:15", TODAY, Map.of());

		assertThat(kept).isEqualTo(this.fields.of(EntryFormView.of(form, Map.of(), TODAY)))
			.contains("name=\"pain\"", "class=\"body-map\"", "name=\"regions\" value=\"LUMBAR_LEFT\"",
					"name=\"intensity.LUMBAR_LEFT\"", "name=\"tags\" value=\"AFTER_SITTING\"", "name=\"note\"")
			.doesNotContain("error-summary", "aria-invalid");
	}

	@Test
	void whatAPersonTypedIsEscapedAndNeverKept() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("note", "<script>alert(1)</script> & \"quotes\"");
		form.add("pain", "\"><b>11");
		EntryFormView view = EntryFormView.of(form, Map.of("pain", "must be a whole number from 0 to 10"), TODAY);

		String html = this.fields.of(view);

		assertThat(html)
			.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;",
					"value=\"&quot;&gt;&lt;b&gt;11\"", "Pain now: must be a whole number from 0 to 10")
			.doesNotContain("<script>", "<b>");
		assertThat(this.fields.of(view)).isEqualTo(html).isNotSameAs(html);
	}

}
