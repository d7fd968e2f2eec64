package org.easeback.web;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.easeback.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same text is accepted on both databases (hazard H43), written once and run on H2
 * and on PostgreSQL: a NUL character or a lone surrogate in any text is a {@code 400}
 * naming the field, in a JSON body, a page's form and an imported export alike, never
 * stored on one database and a {@code 500} (or a "?") on the other; any other character,
 * an emoji included, is stored exactly.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class StoredTextTests {

	private static final String PASSWORD = "a calm quiet river";

	/** U+0000 and U+D800 as JSON escapes. */
	private static final String NUL = "\\u0000";

	private static final String LONE_SURROGATE = "\\ud800";

	@LocalServerPort
	int port;

	Http person;

	@BeforeEach
	void signedIn() {
		this.person = new Http(this.port);
		this.person.registerAndSignIn("text-" + UUID.randomUUID() + "@example.org", PASSWORD);
	}

	private HttpResponse<String> addEntry(String note) {
		return this.person.sendJson("POST", "/api/v1/diary/entries", "{\"pain\": 3, \"note\": \"" + note + "\"}", true);
	}

	private static void assertRefusedNaming(HttpResponse<String> response, String field, String why) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("\"field\":\"" + field + "\"", why);
	}

	@Test
	void aNoteWithANulCharacterIsABadRequestNamingTheNote() {
		assertRefusedNaming(addEntry("stiff" + NUL + "morning"), "note", "NUL character");
	}

	@Test
	void aLoneSurrogateIsRefusedRatherThanStoredAsAQuestionMark() {
		assertRefusedNaming(addEntry("stiff " + LONE_SURROGATE), "note", "lone surrogate");
		assertRefusedNaming(addEntry("\\udc00 stiff"), "note", "lone surrogate");
	}

	@Test
	void aLoneSurrogateEncodedAsUtf8BytesIsRefusedToo() {
		// ED A0 80 is U+D800 encoded as UTF-8 forbids: the parser refuses it as not JSON
		byte[] body = bytes("{\"pain\": 3, \"note\": \"stiff ", new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 },
				"\"}");

		assertRefusedNaming(sendBytes("/api/v1/diary/entries", body), "note", "is not valid JSON");
	}

	@Test
	void bytesThatAreNotUtf8AreABadRequestNotAServerError() {
		byte[] body = bytes("{\"pain\": 3, \"note\": \"stiff ", new byte[] { (byte) 0xFF, (byte) 0xFE }, "\"}");

		HttpResponse<String> response = sendBytes("/api/v1/diary/entries", body);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

	@Test
	void aListItemWithANulIsNamedWithItsPlace() {
		assertRefusedNaming(
				this.person.sendJson("POST", "/api/v1/plans",
						"{\"safety\": {\"answers\": {}, \"allergies\": [\"pollen\", \"lat" + NUL + "ex\"]}}", true),
				"safety.allergies[1]", "NUL character");
	}

	@Test
	void anEmojiAndOtherCharactersAreStoredExactly() {
		String note = "stiff \uD83D\uDE42 morning, Rücken, 腰痛, tab\there";
		HttpResponse<String> created = this.person.sendJson("POST", "/api/v1/diary/entries",
				"{\"pain\": 3, \"note\": \"stiff \\ud83d\\ude42 morning, Rücken, 腰痛, tab\\there\"}", true);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

		HttpResponse<String> read = this.person.get("/api/v1/diary/entries/" + id(created.body()), "application/json");

		assertThat(read.body()).contains("\"note\":\"" + note.replace("\t", "\\t") + "\"");
	}

	@Test
	void aDiaryFormWithANulInTheNoteShowsAPageNamingTheField() {
		HttpResponse<String> page = this.person.postForm("/diary", "/diary/entries",
				Map.of("pain", "3", "note", "stiff\u0000morning"));

		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(page.body()).contains("The field “note” contains a NUL character (U+0000)", "Go back");
		assertThat(this.person.get("/api/v1/diary/entries", "application/json").body()).doesNotContain("stiff");
	}

	@Test
	void anImportedExportWithANulInANoteIsABadRequestNamingItsPlace() {
		assertThat(addEntry("stiff").statusCode()).isEqualTo(201);
		String export = this.person.get("/api/v1/account/export", "application/json").body();
		assertThat(export).contains("\"note\":\"stiff\"");
		Http other = new Http(this.port);
		other.registerAndSignIn("copy-" + UUID.randomUUID() + "@example.org", PASSWORD);

		HttpResponse<String> imported = other.sendJson("POST", "/api/v1/account/import",
				export.replace("\"note\":\"stiff\"", "\"note\":\"stiff" + NUL + "\""), true);

		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(400);
		assertThat(imported.body()).containsPattern("\"field\":\"diary\\.entries\\[0\\]\\.note\"")
			.contains("NUL character");
	}

	private static long id(String body) {
		Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(body);
		assertThat(id.find()).as(body).isTrue();
		return Long.parseLong(id.group(1));
	}

	private static byte[] bytes(String before, byte[] middle, String after) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
		out.writeBytes(middle);
		out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	private HttpResponse<String> sendBytes(String path, byte[] body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		this.person.sessionHeaders().forEach(request::header);
		try {
			return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
