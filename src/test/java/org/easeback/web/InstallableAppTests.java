package org.easeback.web;

import java.net.http.HttpResponse;

import org.easeback.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What makes EaseBack installable on a phone and able to run a session offline: the web
 * app manifest with its icons, and the service worker served from the root. How the
 * service worker behaves offline is tested in the browser
 * ({@code browser.OfflinePlayerTests}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InstallableAppTests {

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
	}

	@Test
	void everyPageLinksTheManifestTheThemeColourAndTheServiceWorker() {
		for (String path : new String[] { "/", "/check", "/library", "/no-such-page" }) {
			assertThat(this.http.get(path, "text/html").body())
				.contains("<link rel=\"manifest\" href=\"/manifest.webmanifest\">",
						"<meta name=\"theme-color\" content=\"#0b5c6b\">",
						"<script type=\"module\" src=\"/js/pwa.js\"></script>")
				.as(path);
		}
	}

	@Test
	void theManifestNamesTheAppAndOpensItStandaloneAtTheHomePage() {
		HttpResponse<String> response = this.http.get("/manifest.webmanifest", "*/*");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/manifest+json"));
		JsonNode manifest = JsonMapper.builder().build().readTree(response.body());
		assertThat(manifest.path("name").asString()).startsWith("EaseBack");
		assertThat(manifest.path("short_name").asString()).isEqualTo("EaseBack");
		assertThat(manifest.path("start_url").asString()).isEqualTo("/");
		assertThat(manifest.path("display").asString()).isEqualTo("standalone");
		assertThat(manifest.path("theme_color").asString()).isEqualTo("#0b5c6b");
	}

	@Test
	void everyIconOfTheManifestIsServedIncludingPngsOf192And512Pixels() {
		JsonNode icons = JsonMapper.builder()
			.build()
			.readTree(this.http.get("/manifest.webmanifest", "*/*").body())
			.path("icons");

		assertThat(icons.valueStream().map((i) -> i.path("sizes").asString())).contains("192x192", "512x512");
		for (JsonNode icon : icons) {
			HttpResponse<String> served = this.http.get(icon.path("src").asString(), "image/*");
			assertThat(served.statusCode()).as(icon.path("src").asString()).isEqualTo(200);
			assertThat(served.headers().firstValue("Content-Type")).hasValue(icon.path("type").asString());
		}
	}

	@Test
	void theServiceWorkerIsServedFromTheRootAsJavaScript() {
		HttpResponse<String> response = this.http.get("/sw.js", "*/*");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).matches("(text|application)/javascript.*"));
		assertThat(response.body()).contains("addEventListener('fetch'");
	}

}
