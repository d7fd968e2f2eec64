package org.easeback.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.IntStream;

import org.easeback.support.Http;
import org.easeback.support.TestEndpointsSecurity;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import static org.assertj.core.api.Assertions.assertThat;

/** A page that fails shows a friendly page, never a stack trace or the exception. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ ErrorPageTests.FailingPage.class, TestEndpointsSecurity.class })
class ErrorPageTests {

	@LocalServerPort
	int port;

	@Test
	void shouldShowAFriendlyPageWhenAPageFails() {
		HttpResponse<String> page = new Http(this.port).get("/test/failing-page", "text/html");

		assertThat(page.statusCode()).isEqualTo(500);
		assertThat(page.body()).contains("Something went wrong", "What you already saved is safe")
			.doesNotContain("IllegalStateException", "secret internals", "at org.", "Whitelabel");
	}

	@Test
	void shouldShowAFriendlyPageWhenATemplateFailsLateInALongPage() {
		// Thymeleaf renders into a buffer
		// (spring.thymeleaf.servlet.produce-partial-output-
		// while-processing=false): with partial output, 60 KB of rows had already gone
		// out
		// as a 200 and the page ended half-way, with no error page
		HttpResponse<String> page = new Http(this.port).get("/test/late-failing-template", "text/html");

		assertThat(page.statusCode()).isEqualTo(500);
		assertThat(page.body()).contains("Something went wrong")
			.doesNotContain("rendered row", "secret internals", "TemplateProcessingException", "at org.");
	}

	@Test
	void shouldAnswerAMachineClientOfAFailingPageWithProblemJson() {
		HttpResponse<String> response = new Http(this.port).get("/test/failing-page", "application/json");

		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).doesNotContain("secret internals");
	}

	@Test
	void shouldAnswerABadlyEncodedQueryOnAPageWithABadRequestPage() {
		HttpResponse<String> page = new Http(this.port).get("/library?q=%ff%fe", "text/html");

		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("EaseBack").doesNotContain("InvalidParameterException", "at org.");
	}

	@Test
	void shouldAnswerABadlyEncodedQueryOnTheApiWithProblemJsonNamingTheParameter() {
		HttpResponse<String> response = new Http(this.port).get("/api/v1/library?q=%ff%fe", "application/json");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("\"field\":\"q\"").doesNotContain("InvalidParameterException");
	}

	@Test
	void shouldAnswerAFormParameterWithAnEmptyNameOnTheApiWithABadRequest() throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/v1/safety-checks"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("=&=&&=="))
			.build();

		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"field\":\"parameters\"").doesNotContain("RequestRejectedException");
	}

	@Test
	void shouldNameTheUnusablePartOfAnEditedAddressOnABadRequestPage() {
		// an old or hand-edited link: a number where a number belongs was replaced by
		// words
		HttpResponse<String> page = new Http(this.port).get("/test/typed-page?count=lots", "text/html");

		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("Something went wrong", "“lots”", "count", "a whole number")
			// nothing was entered: the page does not ask to check it
			.doesNotContain("check what you entered")
			.doesNotContain("MethodArgumentTypeMismatchException", "NumberFormatException", "at org.");
	}

	@Test
	void shouldNameAnUnusableIdentifierInAPagesAddress() {
		HttpResponse<String> page = new Http(this.port).get("/sessions/not-a-session", "text/html");

		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("“not-a-session”", "an identifier");
	}

	@Test
	void shouldEscapeAndShortenWhatItEchoesFromTheAddress() {
		String value = "%3Cscript%3Ealert(1)%3C%2Fscript%3E" + "9".repeat(200);
		HttpResponse<String> page = new Http(this.port).get("/test/typed-page?count=" + value, "text/html");

		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("&lt;script&gt;alert(1)")
			.doesNotContain("<script>alert")
			.doesNotContain("9".repeat(100));
	}

	@TestConfiguration
	@Controller
	static class FailingPage {

		@GetMapping("/test/typed-page")
		String typed(@RequestParam int count) {
			throw new IllegalStateException("never reached with a count that is not a number");
		}

		@GetMapping("/test/failing-page")
		String fail() {
			throw new IllegalStateException("secret internals");
		}

		@GetMapping("/test/late-failing-template")
		String failLate(Model model) {
			model.addAttribute("rows", IntStream.range(0, 1500).boxed().toList());
			model.addAttribute("failure", new LateFailure());
			return "error-test/late-failure";
		}

	}

	/** Fails when the template reaches it, after the long list. */
	public static class LateFailure {

		public String explode() {
			throw new IllegalStateException("secret internals");
		}

	}

}
