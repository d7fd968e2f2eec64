package org.easeback.web;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.easeback.support.Http;
import org.easeback.support.HtmlChecker;
import org.easeback.safety.Question;
import org.easeback.safety.QuestionGroup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page, as the server sends it, passes the Nu Html Checker with no error. The live
 * screens of the player, which its script fills in, are checked by the browser tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ValidHtmlTests {

	private static final String HTML = "text/html";

	private static final Pattern HIDDEN = Pattern
		.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");

	/** The risk questions, which the result page carries as explicit yes or no. */
	private static final List<String> QUESTIONS = Arrays.stream(Question.values())
		.filter((q) -> q.group() != QuestionGroup.FOLLOW_UPS)
		.map(Question::id)
		.toList();

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
	}

	@Test
	void everyPageIsValidHtml() {
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("home", get("/"));
		pages.put("check", get("/check?mode=PARTNER"));
		pages.put("check with errors", this.http.postFormNoRedirect("/", "/check", "mode=PARTNER").body());
		String caution = check("blood_thinners");
		pages.put("result caution", caution);
		pages.put("result clear", check(null));
		String urgent = check("saddle_numbness");
		pages.put("result urgent", urgent);
		String cautionAnswers = hiddenFields(caution);
		pages.put("plan", this.http.postFormNoRedirect("/", "/plan/form", cautionAnswers).body());
		HttpResponse<String> planned = this.http.postFormNoRedirect("/", "/plan",
				cautionAnswers + "&minutes=15&pressure=LIGHT");
		assertThat(planned.statusCode()).isEqualTo(302);
		String player = planned.headers().firstValue("Location").orElseThrow();
		pages.put("player", get(player.replaceFirst("^https?://[^/]+", "")));
		pages.put("plan refused",
				this.http.postFormNoRedirect("/", "/plan", hiddenFields(urgent) + "&minutes=15").body());
		pages.put("library", get("/library"));
		pages.put("library by area", get("/library?region=LUMBAR_LEFT"));
		pages.put("library technique", get(firstLibraryItem("TECHNIQUE")));
		pages.put("library stretch", get(firstLibraryItem("STRETCH")));
		pages.put("library self-massage", get(firstLibraryItem("SELF_MASSAGE")));
		pages.put("not found", this.http.get("/no-such-page", HTML).body());
		pages.put("plan link expired", this.http.get("/sessions/00000000-0000-0000-0000-000000000000", HTML).body());

		List<String> errors = new ArrayList<>();
		pages.forEach((name, html) -> HtmlChecker.errors(html).forEach((e) -> errors.add(name + ": " + e)));
		assertThat(pages.values()).allSatisfy((html) -> assertThat(html).startsWith("<!DOCTYPE html>"));
		assertThat(errors).isEmpty();
	}

	@Test
	void theCheckerFindsAnError() {
		assertThat(HtmlChecker.errors("<!DOCTYPE html><html lang=\"en\"><title>t</title><p><div>x</p>"))
			.anyMatch((e) -> e.contains("No “p” element in scope"));
	}

	private String get(String path) {
		HttpResponse<String> response = this.http.get(path, HTML);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	private String check(String yes) {
		String form = "mode=PARTNER&age=40&none.ALLERGIES=yes&" + QUESTIONS.stream()
			.map((q) -> "answers." + q + "=" + (q.equals(yes) ? "yes" : "no"))
			.collect(Collectors.joining("&"));
		HttpResponse<String> result = this.http.postFormNoRedirect("/", "/check", form);
		assertThat(result.statusCode()).isEqualTo(200);
		return result.body();
	}

	/** The answers a result page carries on to the plan, as a query string. */
	private static String hiddenFields(String page) {
		Map<String, String> fields = new LinkedHashMap<>();
		Matcher matcher = HIDDEN.matcher(page);
		while (matcher.find()) {
			fields.putIfAbsent(matcher.group(1), matcher.group(2));
		}
		assertThat(fields).isNotEmpty();
		return fields.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private String firstLibraryItem(String kind) {
		Matcher matcher = Pattern.compile("href=\"(/library/[a-z0-9-]+)\"").matcher(get("/library?kind=" + kind));
		assertThat(matcher.find()).as("a " + kind + " in the library").isTrue();
		return matcher.group(1);
	}

}
