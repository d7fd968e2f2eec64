package org.easeback.web;

import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.UUID;

import org.easeback.support.Http;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every list a request body carries has a maximum (README, API conventions): one item
 * more is a {@code 400} naming the list; the largest valid request is still served.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ListMaximaTests {

	@LocalServerPort
	int port;

	@Test
	void aPlanWithOneAllergyTooManyIsRefusedNamingTheField() {
		HttpResponse<String> response = new Http(this.port).postJson("/api/v1/plans",
				"{\"safety\":{\"answers\":{},\"allergies\":" + strings(31, "pollen") + "}}");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"field\":\"safety.allergies\"").contains("at most 30");
	}

	@Test
	void theLargestValidPlanRequestIsPlanned() {
		HttpResponse<String> response = new Http(this.port).postJson("/api/v1/plans",
				"{\"minutes\":60,\"soreSpots\":[\"LUMBAR_LEFT\",\"LUMBAR_RIGHT\",\"GLUTE_LEFT\"],"
						+ "\"safety\":{\"answers\":{},\"allergies\":" + strings(30, "x".repeat(100)) + "}}");

		assertThat(response.statusCode()).isEqualTo(201);
	}

	@Test
	void aSafetyCheckWithOneAllergyTooManyIsRefusedNamingTheField() {
		HttpResponse<String> response = new Http(this.port).postJson("/api/v1/safety-checks",
				"{\"answers\":{},\"allergies\":" + strings(31, "pollen") + "}");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"field\":\"allergies\"");
	}

	@Test
	void aSafetyCheckWithAnOverlongAllergyIsRefusedNamingTheItem() {
		HttpResponse<String> response = new Http(this.port).postJson("/api/v1/safety-checks",
				"{\"answers\":{},\"allergies\":[\"pollen\",\"" + "x".repeat(101) + "\"]}");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"field\":\"allergies[1]\"");
	}

	@Test
	void aSafetyCheckWithMoreSkinAreasThanTheBodyMapHasIsRefused() {
		HttpResponse<String> response = new Http(this.port).postJson("/api/v1/safety-checks",
				"{\"answers\":{},\"skinAreas\":" + strings(14, "SACRUM") + "}");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"field\":\"skinAreas\"");
	}

	@Test
	void aDiaryEntryWithMoreAreasThanTheBodyMapHasIsRefused() {
		Http user = signedIn();
		String area = "{\"region\":\"SACRUM\",\"intensity\":3}";
		HttpResponse<String> response = user.sendJson("POST", "/api/v1/diary/entries",
				"{\"pain\":3,\"regions\":[" + String.join(",", Collections.nCopies(14, area)) + "]}", true);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"field\":\"regions\"");
	}

	@Test
	void anIntakeWithOneMedicineTooManyIsRefusedNamingTheField() {
		Http user = signedIn();
		String medicine = "{\"name\":\"ibuprofen\",\"prescription\":false}";
		HttpResponse<String> response = user.sendJson("PUT", "/api/v1/handoff/intake",
				"{\"version\":0,\"intake\":{\"medicines\":[" + String.join(",", Collections.nCopies(51, medicine))
						+ "]}}",
				true);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"field\":\"intake.medicines\"");
	}

	private Http signedIn() {
		Http user = new Http(this.port);
		user.registerAndSignIn("lists-" + UUID.randomUUID() + "@example.org", "a calm quiet river");
		user.get("/", "text/html");
		return user;
	}

	private static String strings(int count, String value) {
		return "[" + String.join(",", Collections.nCopies(count, "\"" + value + "\"")) + "]";
	}

}
