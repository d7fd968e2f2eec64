package org.easeback.browser;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Health answers never reach an address: not one the browser visits, nor one a page links
 * to or a form sends by GET. Addresses end up in browser history, in the logs of every
 * proxy on the way and in the Referer of the next request.
 */
class AnswersStayOutOfAddressesTests extends BrowserFixture {

	/** Names and words that would give an answer away in an address. */
	private static final Pattern GIVES_AN_ANSWER_AWAY = Pattern
		.compile("answers|pregnancyweeks|otherallergies|painonset|allergies|firstepisode|skinareas|[?&]age=|sesame|"
				+ "blood_thinners|pregnant|cancer|saddle");

	record AnswerSet(String mode, Set<String> yes, String age, String pregnancyWeeks, String otherAllergies,
			boolean plans) {

		@Override
		public String toString() {
			return this.mode + " " + this.yes;
		}

	}

	static Stream<AnswerSet> answerSets() {
		return Stream.of(new AnswerSet("PARTNER", Set.of(), "35", "", "", true),
				new AnswerSet("SELF", Set.of("pregnant", "blood_thinners"), "31", "20", "sesame seeds", true),
				new AnswerSet("PARTNER", Set.of("osteoporosis"), "72", "", "sesame", true),
				new AnswerSet("SELF", Set.of("cancer_history"), "58", "", "", false),
				new AnswerSet("PARTNER", Set.of("saddle_numbness"), "44", "", "", false));
	}

	@ParameterizedTest
	@MethodSource("answerSets")
	void noAddressVisitedOrLinkedOnTheWayFromTheCheckToTheSessionCarriesAnAnswer(AnswerSet answers) {
		Page page = open(Viewport.PHONE);
		List<String> addresses = new CopyOnWriteArrayList<>();
		page.onRequest((request) -> addresses.add(request.url()));
		page.navigate("/check?mode=" + answers.mode());
		new Journey(page).answerTheCheck(answers.yes(), typed(answers));
		addresses.addAll(linked(page));

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change my answers")).click();
		assertThat(page.locator("#f-age")).hasValue(answers.age());
		addresses.addAll(linked(page));
		new Journey(page).sendTheCheck();
		assertThat(page.locator("[data-outcome]")).isVisible();
		addresses.addAll(linked(page));

		if (answers.plans()) {
			page.locator("form[action='/plan/form'] button").click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Plan your session");
			addresses.addAll(linked(page));
			new Journey(page).buildTheSession();
			addresses.addAll(linked(page));
			assertThat(page.content()).doesNotContain("sesame", "20 weeks");
		}
		else {
			assertThat(page.locator("form[action^='/plan']")).hasCount(0);
		}

		assertThat(addresses).isNotEmpty()
			.allSatisfy((address) -> assertThat(decoded(address)).doesNotContainPattern(GIVES_AN_ANSWER_AWAY));
	}

	private static Map<String, String> typed(AnswerSet answers) {
		Map<String, String> typed = new LinkedHashMap<>();
		typed.put("age", answers.age());
		if (!answers.pregnancyWeeks().isEmpty()) {
			typed.put("pregnancyWeeks", answers.pregnancyWeeks());
		}
		if (!answers.otherAllergies().isEmpty()) {
			typed.put("otherAllergies", answers.otherAllergies());
		}
		return typed;
	}

	/**
	 * Every address the page links to or loads, and what each form that sends by GET
	 * would put in its address.
	 */
	@SuppressWarnings("unchecked")
	private static List<String> linked(Page page) {
		return (List<String>) page.evaluate("""
				() => [
				  ...[...document.querySelectorAll('a[href], link[href]')].map(e => e.href),
				  ...[...document.querySelectorAll('[src]')].map(e => e.src),
				  ...[...document.querySelectorAll('form')]
				    .filter(f => f.method.toLowerCase() === 'get')
				    .map(f => f.action + '?' + new URLSearchParams(new FormData(f)).toString())
				]""");
	}

	private static String decoded(String address) {
		return URLDecoder.decode(address, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
	}

}
