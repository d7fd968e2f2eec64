package org.easeback.web;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.easeback.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every JSON API refuses a field it does not know (hazard H16): a misspelt field is a
 * {@code 400} problem+json naming it, never silently ignored. The walk finds the
 * endpoints from the running application's own mappings, so a new one is covered without
 * editing this test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UnknownJsonFieldsTests {

	private static final String PASSWORD = "a calm quiet river";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	Http therapist;

	@BeforeEach
	void signedInAsATherapist() {
		// a therapist may call every API, so no endpoint refuses before reading its body
		this.therapist = new Http(this.port);
		this.therapist.registerAndSignIn("t-" + UUID.randomUUID() + "@example.org", PASSWORD, "THERAPIST");
	}

	private static void assertRefusedNaming(HttpResponse<String> response, String field) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("\"field\":\"" + field + "\"", "is not a known field");
	}

	@Test
	void everyJsonWriteEndpointRefusesAMisspeltFieldNamingIt() {
		Map<String, String> endpoints = jsonWriteEndpoints();
		assertThat(endpoints).containsKeys("POST /api/v1/plans", "POST /api/v1/plans/{id}/events",
				"POST /api/v1/safety-checks", "POST /api/v1/diary/entries", "PUT /api/v1/diary/entries/{id}",
				"POST /api/v1/diary/episodes", "PUT /api/v1/handoff/intake", "PUT /api/v1/account/password",
				"DELETE /api/v1/account", "POST /api/v1/therapist/redeem");

		endpoints.forEach((endpoint, path) -> {
			String method = endpoint.substring(0, endpoint.indexOf(' '));
			HttpResponse<String> response = this.therapist.sendJson(method, path, "{\"misspelt\": true}", true);
			assertThat(response.statusCode()).as(endpoint + ": " + response.body()).isEqualTo(400);
			assertThat(response.body()).as(endpoint).contains("\"field\":\"misspelt\"", "is not a known field");
		});
	}

	@Test
	void aPlanWithAMisspeltAllergyListIsABadRequestRatherThanAPlanWithAlmondOil() {
		assertRefusedNaming(
				this.therapist.sendJson("POST", "/api/v1/plans",
						"{\"oil\": \"sweet-almond\", \"safety\": {\"answers\": {}, \"allergy\": [\"almond\"]}}", true),
				"safety.allergy");
	}

	@Test
	void aPlanWithAMisspeltAreaToAvoidIsABadRequestNamingIt() {
		assertRefusedNaming(this.therapist.sendJson("POST", "/api/v1/plans",
				"{\"avoidRegion\": [\"LUMBAR_LEFT\"], \"safety\": {\"answers\": {}}}", true), "avoidRegion");
	}

	@Test
	void aDiaryEntryWithAMisspeltTimeIsABadRequestRatherThanDatedNow() {
		assertRefusedNaming(this.therapist.sendJson("POST", "/api/v1/diary/entries",
				"{\"pain\": 4, \"takenat\": \"2025-01-02T08:00:00Z\"}", true), "takenat");
	}

	@Test
	void aFieldWithinAListItemIsNamedWithItsPlace() {
		assertRefusedNaming(
				this.therapist.sendJson("POST", "/api/v1/diary/entries",
						"{\"pain\": 4, \"regions\": [{\"region\": \"LUMBAR_LEFT\", \"intensty\": 3}]}", true),
				"regions[0].intensty");
	}

	@Test
	void anIntakeStoredWithAFieldThisVersionNoLongerHasIsStillRead() {
		// stored documents are read by the application's mapper, which stays tolerant:
		// only request bodies are strict
		HttpResponse<String> saved = this.therapist.sendJson("PUT", "/api/v1/handoff/intake",
				"{\"version\": 0, \"intake\": {\"goals\": \"walk again\"}}", true);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
		this.jdbc.sql(
				"UPDATE handoff_intake SET document = REPLACE(document, '{', '{\"retiredField\":\"from an older version\",')")
			.update();

		HttpResponse<String> read = this.therapist.get("/api/v1/handoff/intake", "application/json");

		assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
		assertThat(read.body()).contains("walk again").doesNotContain("retiredField");
	}

	/**
	 * Each API method that reads a JSON body into a type of its own, with an example path
	 * whose variables have values of the right kind; an import of a whole export document
	 * ({@link JsonNode}) is read as a tree, tolerant of older exports.
	 */
	private Map<String, String> jsonWriteEndpoints() {
		Map<String, String> endpoints = new TreeMap<>();
		for (RequestMappingInfoHandlerMapping mapping : this.context
			.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()) {
			for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
				HandlerMethod handler = entry.getValue();
				MethodParameter body = null;
				for (MethodParameter parameter : handler.getMethodParameters()) {
					if (parameter.hasParameterAnnotation(RequestBody.class)) {
						body = parameter;
					}
				}
				if (body == null || JsonNode.class.isAssignableFrom(body.getParameterType())) {
					continue;
				}
				for (String pattern : entry.getKey().getPatternValues()) {
					if (!pattern.startsWith("/api/")) {
						continue; // Actuator's operations read an optional map of
									// arguments
					}
					String path = examplePath(pattern, handler);
					entry.getKey()
						.getMethodsCondition()
						.getMethods()
						.forEach((method) -> endpoints.put(method.name() + " " + pattern, path));
				}
			}
		}
		return endpoints;
	}

	private static String examplePath(String pattern, HandlerMethod handler) {
		String path = pattern;
		for (MethodParameter parameter : handler.getMethodParameters()) {
			PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
			if (variable != null) {
				parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
				String name = variable.value().isEmpty() ? parameter.getParameterName() : variable.value();
				Class<?> type = parameter.getParameterType();
				String value = (type == UUID.class) ? UUID.randomUUID().toString()
						: (type == long.class || type == Long.class || type == int.class) ? "1" : "someone";
				path = path.replace("{" + name + "}", value);
			}
		}
		return path;
	}

}
