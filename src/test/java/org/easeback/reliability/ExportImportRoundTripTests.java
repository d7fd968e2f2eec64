package org.easeback.reliability;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.easeback.handoff.LatestSafetyCheck;
import org.easeback.handoff.SafetyCheckRecords;
import org.easeback.safety.Outcome;
import org.easeback.session.SessionFinished;
import org.easeback.support.Http;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Account export → import into a new account → export again: the two files hold the same
 * personal data. What must differ and is left out of the comparison: {@code exportedAt},
 * the {@code account} block (another email, id and creation time), the ids of guided
 * sessions (new rows); what an import deliberately never re-creates and is compared
 * separately: shares (consent given at a time, to a therapist) and the therapist section
 * (SOAP notes and routines are the therapist's records).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExportImportRoundTripTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String PASSWORD = "a long enough password 1";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	SafetyCheckRecords safetyChecks;

	@Test
	void shouldLoseNothingOnTheWayOutAndBackIn() throws Exception {
		String email = "round-trip-" + UUID.randomUUID() + "@example.org";
		Http person = new Http(this.port);
		person.registerAndSignIn(email, PASSWORD);
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		// entries with every field, and one with only the required one
		created(person.sendJson("POST", "/api/v1/diary/entries", """
				{"takenAt": "%s", "pain": 7, "pegAverage": 6, "pegEnjoyment": 5, "pegActivity": 8,
				 "regions": [{"region": "LUMBAR_LEFT", "intensity": 7}, {"region": "SPINE", "intensity": 3},
				             {"region": "ILIAC_CREST_RIGHT", "intensity": 0}],
				 "tags": ["AFTER_SITTING", "POOR_SLEEP", "STRESS"],
				 "note": "Stiff after the drive,\\nbetter after a walk. \\"Quotes\\", émoji 🙂"}"""
			.formatted(now.minus(3, ChronoUnit.DAYS)), true));
		created(person.sendJson("POST", "/api/v1/diary/entries", """
				{"takenAt": "%s", "pain": 4, "pegAverage": 3, "regions": [{"region": "UPPER_BACK", "intensity": 2}],
				 "tags": ["AFTER_MASSAGE"], "note": "after the partner massage"}"""
			.formatted(now.minus(2, ChronoUnit.DAYS).plusMillis(123)), true));
		created(person.sendJson("POST", "/api/v1/diary/entries",
				"{\"takenAt\": \"%s\", \"pain\": 0}".formatted(now.minus(1, ChronoUnit.DAYS)), true));
		created(person.sendJson("POST", "/api/v1/diary/episodes",
				"{\"onset\": \"2026-10-01\", \"endedOn\": \"2026-10-20\"}", true));
		created(person.sendJson("POST", "/api/v1/diary/episodes", "{\"onset\": \"2026-11-10\"}", true));
		this.transactions.executeWithoutResult(s -> {
			this.events.publishEvent(
					new SessionFinished(UUID.randomUUID(), email, "SELF", 15, List.of("tennis-balls", "cat-cow"), 6, 4,
							false, null, null, List.of("GOOD", "FIRMER"), now.minus(2, ChronoUnit.DAYS)));
			this.events.publishEvent(new SessionFinished(UUID.randomUUID(), email, "PARTNER", 20, List.of("effleurage"),
					5, null, true, 8, true, List.of(), now.minus(1, ChronoUnit.DAYS)));
		});
		awaitSessions(person, 2);
		assertThat(person.sendJson("PUT", "/api/v1/handoff/intake", """
				{"version": 0, "intake": {"conditions": ["lower back pain", "mild scoliosis"],
				 "history": "Desk job, cycling at weekends.", "surgeries": [{"year": 2015, "area": "knee"}],
				 "medicines": [{"name": "ibuprofen", "prescription": false}], "allergies": ["TREE_NUT"],
				 "otherAllergies": "lanolin", "avoidAreas": ["SPINE"], "sensitiveAreas": ["FLANK_LEFT"],
				 "pressure": "LIGHT", "goals": "Sit through a meeting without pain"}}""", true).statusCode())
			.isEqualTo(200);
		this.safetyChecks.record(email, new LatestSafetyCheck(Outcome.CAUTION, List.of("pregnancy: gentle only"),
				now.minus(4, ChronoUnit.DAYS)));
		// a share redeemed by a therapist, a note and a routine: exported, never imported
		String code = JSON.readTree(person.sendJson("POST", "/api/v1/handoff/shares", null, true).body())
			.get("code")
			.asString();
		Http therapist = new Http(this.port);
		therapist.registerAndSignIn("therapist-" + UUID.randomUUID() + "@example.org", PASSWORD, "THERAPIST");
		HttpResponse<String> redeemed = therapist.sendJson("POST", "/api/v1/therapist/redeem",
				"{\"code\": \"" + code + "\"}", true);
		assertThat(redeemed.statusCode()).isEqualTo(200);
		String clientId = JSON.readTree(redeemed.body()).get("id").asString();
		created(therapist.sendJson("POST", "/api/v1/therapist/clients/" + clientId + "/notes",
				"{\"visitDate\": \"2026-11-20\", \"subjective\": \"sore\"}", true));
		created(therapist.sendJson("POST", "/api/v1/therapist/clients/" + clientId + "/routines",
				"{\"itemId\": \"cat-cow\", \"howOften\": \"daily\"}", true));

		String first = person.get("/api/v1/account/export", "application/json").body();
		JsonNode before = JSON.readTree(first);
		assertThat(before.get("diary").get("entries")).hasSize(3);
		assertThat(before.get("diary").get("sessions")).hasSize(2);
		assertThat(before.get("diary").get("episodes")).hasSize(2);
		assertThat(before.get("handoff").get("shares")).hasSize(1);
		assertThat(before.get("therapist").get("notesAboutMe")).hasSize(1);
		assertThat(before.get("therapist").get("routinesForMe")).hasSize(1);

		Http copy = new Http(this.port);
		copy.registerAndSignIn("copy-" + UUID.randomUUID() + "@example.org", PASSWORD);
		HttpResponse<String> imported = copy.sendJson("POST", "/api/v1/account/import", first, true);
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
		// 3 entries + 2 sessions + 2 episodes + the intake + the latest safety check
		assertThat(JSON.readTree(imported.body()).get("added").asLong()).isEqualTo(9);
		JsonNode after = JSON.readTree(copy.get("/api/v1/account/export", "application/json").body());

		assertThat(personal(after)).isEqualTo(personal(before));
		assertThat(after.get("handoff").get("shares")).isEmpty();
		assertThat(after.get("therapist").get("notesAboutMe")).isEmpty();
		assertThat(after.get("therapist").get("routinesForMe")).isEmpty();
		// and a second import of the same file adds nothing
		assertThat(JSON.readTree(copy.sendJson("POST", "/api/v1/account/import", first, true).body())
			.get("added")
			.asLong()).isZero();
	}

	/**
	 * The parts an import must bring back unchanged, without the ids that must differ.
	 */
	private static JsonNode personal(JsonNode export) {
		ObjectNode diary = (ObjectNode) export.get("diary").deepCopy();
		for (JsonNode session : (ArrayNode) diary.get("sessions")) {
			((ObjectNode) session).remove("id");
		}
		ObjectNode kept = JSON.createObjectNode();
		kept.set("diary", diary);
		kept.set("intake", export.get("handoff").get("intake"));
		kept.set("latestSafetyCheck", export.get("handoff").get("latestSafetyCheck"));
		return kept;
	}

	private static void created(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
	}

	private static void awaitSessions(Http person, int count) throws InterruptedException {
		Instant deadline = Instant.now().plusSeconds(30);
		while (JSON.readTree(person.get("/api/v1/diary/sessions", "application/json").body()).size() < count
				&& Instant.now().isBefore(deadline)) {
			Thread.sleep(50);
		}
		assertThat(JSON.readTree(person.get("/api/v1/diary/sessions", "application/json").body())).hasSize(count);
	}

}
