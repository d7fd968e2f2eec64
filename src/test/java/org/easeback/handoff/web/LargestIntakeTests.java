package org.easeback.handoff.web;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.easeback.handoff.HandoffFixtures;
import org.easeback.handoff.Intake;
import org.easeback.handoff.Intakes;
import org.easeback.support.Http;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An intake within every field's own limit saves, through the API and through the page,
 * and reads back as it was sent (hazard H45). Written once, run on H2 and on PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class LargestIntakeTests {

	@LocalServerPort
	int port;

	@Autowired
	Intakes intakes;

	@Autowired
	JsonMapper json;

	@Test
	void theLargestIntakeTheApiAcceptsSavesAndReadsBack() {
		String email = HandoffFixtures.someone();
		Http client = signedIn(email);
		Intake largest = HandoffFixtures.largestIntake();

		HttpResponse<String> saved = client.sendJson("PUT", "/api/v1/handoff/intake",
				this.json.writeValueAsString(Map.of("version", 0, "intake", largest)), true);
		HttpResponse<String> read = client.sendJson("GET", "/api/v1/handoff/intake", null, true);

		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(read.body()).get("intake"))
			.isEqualTo(this.json.readTree(this.json.writeValueAsString(largest)));
		assertThat(this.intakes.find(email).intake()).isEqualTo(largest);
	}

	@Test
	void theLargestIntakeThePageAcceptsSavesAndShowsAgain() {
		String email = HandoffFixtures.someone();
		Http client = signedIn(email);
		Intake largest = HandoffFixtures.largestIntake();

		HttpResponse<String> saved = client.postFormNoRedirect("/handoff", "/handoff", form(largest));
		HttpResponse<String> page = client.get("/handoff", "text/html");

		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		assertThat(saved.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/handoff"));
		assertThat(this.intakes.find(email).intake()).isEqualTo(largest);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("medicine 49 ", "surgery 19 ", "condition 29 ");
	}

	private Http signedIn(String email) {
		Http client = new Http(this.port);
		client.registerAndSignIn(email, "a calm quiet river");
		return client;
	}

	/** The page's form filled in with the intake, one list item per line. */
	private static String form(Intake intake) {
		List<String> fields = new ArrayList<>();
		add(fields, "version", "0");
		add(fields, "conditions", String.join("\n", intake.conditions()));
		add(fields, "history", intake.history());
		add(fields, "surgeries",
				intake.surgeries().stream().map(s -> s.year() + " " + s.area()).collect(Collectors.joining("\n")));
		add(fields, "prescriptionMedicines", medicines(intake, true));
		add(fields, "otherMedicines", medicines(intake, false));
		intake.allergiesInOrder().forEach(a -> add(fields, "allergies", a.name()));
		add(fields, "otherAllergies", intake.otherAllergies());
		intake.avoidAreasInOrder().forEach(r -> add(fields, "avoidAreas", r.name()));
		intake.sensitiveAreasInOrder().forEach(r -> add(fields, "sensitiveAreas", r.name()));
		add(fields, "preferredModality", intake.preferredModality());
		add(fields, "pressure", intake.pressure().name());
		add(fields, "goals", intake.goals());
		return String.join("&", fields);
	}

	private static String medicines(Intake intake, boolean prescription) {
		return intake.medicines()
			.stream()
			.filter(m -> m.prescription() == prescription)
			.map(Intake.Medicine::name)
			.collect(Collectors.joining("\n"));
	}

	private static void add(List<String> fields, String name, String value) {
		fields.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
	}

}
