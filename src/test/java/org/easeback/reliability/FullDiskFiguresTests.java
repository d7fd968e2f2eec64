package org.easeback.reliability;

import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.easeback.support.AppProcess;
import org.easeback.support.FullDisk;
import org.easeback.support.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The figures of docs/reliability.md, "A full disk": what every request got while the
 * disk was full and after space returned, one at a time and from four writers at once. It
 * asserts nothing and runs only when asked: {@code EASEBACK_FIGURES=1 ./mvnw -q test
 * -Dtest=FullDiskFiguresTests}; each scenario prints one line starting {@code FIGURES}.
 * An answer that never came (the connection broke) counts as status -1.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
@EnabledIfEnvironmentVariable(named = "EASEBACK_FIGURES", matches = "1")
class FullDiskFiguresTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@DynamicPropertySource
	static void databaseOnAFullableDisk(DynamicPropertyRegistry registry) {
		FullDisk.register();
		registry.add("spring.datasource.url", () -> "jdbc:h2:" + FullDisk.PREFIX + "file:./target/test-data/full-disk-"
				+ UUID.randomUUID() + "/easeback" + FullDiskOnH2Tests.SETTINGS);
	}

	@LocalServerPort
	int port;

	@AfterEach
	void freeTheDisk() {
		FullDisk.free();
	}

	@Test
	void oneRequestAtATime() {
		Http person = signedIn("one@example.org");
		Http anonymous = new Http(this.port);
		Set<String> acknowledged = new HashSet<>();
		Map<String, Integer> answers = new TreeMap<>();
		for (int i = 0; i < 20; i++) {
			save(person, "before " + i, acknowledged);
		}
		FullDisk.fill();
		for (int i = 0; i < 20; i++) {
			HttpResponse<String> answer = save(person, "full " + i, acknowledged);
			count(answers, "full save " + status(answer) + " "
					+ (answer == null ? "" : answer.headers().firstValue("Content-Type").orElse("")));
		}
		count(answers, "full page " + status(sendQuietly(
				() -> person.postForm("/diary", "/diary/entries", Map.of("pain", "3", "note", "from the page")))));
		count(answers, "full readiness " + status(anonymous.get("/actuator/health/readiness", "application/json")));
		count(answers, "full liveness " + status(anonymous.get("/actuator/health/liveness", "application/json")));
		long freed = System.nanoTime();
		FullDisk.free();
		long firstSaved = -1;
		for (int i = 0; i < 20; i++) {
			count(answers,
					"after readiness " + status(anonymous.get("/actuator/health/readiness", "application/json")));
			HttpResponse<String> answer = save(person, "after " + i, acknowledged);
			count(answers, "after save " + status(answer));
			if (firstSaved < 0 && status(answer) == 201) {
				firstSaved = (System.nanoTime() - freed) / 1_000_000;
			}
		}
		report("one at a time", answers, firstSaved, person, acknowledged);
	}

	@Test
	void fourWritersAtOnce() throws Exception {
		Http person = signedIn("four@example.org");
		Set<String> acknowledged = ConcurrentHashMap.newKeySet();
		Map<String, Integer> answers = new ConcurrentHashMap<>();
		AtomicReference<String> phase = new AtomicReference<>("before");
		AtomicBoolean stop = new AtomicBoolean();
		AtomicLong freed = new AtomicLong();
		AtomicLong firstSaved = new AtomicLong(-1);
		ExecutorService writers = Executors.newFixedThreadPool(4);
		for (int w = 0; w < 4; w++) {
			int writer = w;
			writers.submit(() -> {
				for (int i = 0; !stop.get(); i++) {
					String sentIn = phase.get();
					HttpResponse<String> answer = save(person, "writer " + writer + " " + i, acknowledged);
					count(answers, sentIn + " save " + status(answer));
					if (sentIn.equals("after") && status(answer) == 201) {
						firstSaved.compareAndSet(-1, (System.nanoTime() - freed.get()) / 1_000_000);
					}
				}
			});
		}
		AppProcess.sleep(3000);
		phase.set("full");
		FullDisk.fill();
		AppProcess.sleep(3000);
		freed.set(System.nanoTime());
		FullDisk.free();
		phase.set("after");
		AppProcess.sleep(3000);
		stop.set(true);
		writers.shutdown();
		writers.awaitTermination(60, TimeUnit.SECONDS);
		report("four writers", new TreeMap<>(answers), firstSaved.get(), person, acknowledged);
	}

	private Http signedIn(String email) {
		Http person = new Http(this.port);
		person.registerAndSignIn(email, "a long enough password 1");
		return person;
	}

	private static void report(String scenario, Map<String, Integer> answers, long firstSavedMs, Http person,
			Set<String> acknowledged) {
		Set<String> listed = new HashSet<>();
		int listStatus = 200;
		for (int page = 0; page < 1000 && listStatus == 200; page++) {
			int index = page;
			HttpResponse<String> list = sendQuietly(
					() -> person.get("/api/v1/diary/entries?size=100&page=" + index, "application/json"));
			listStatus = status(list);
			if (listStatus == 200) {
				JsonNode items = JSON.readTree(list.body()).get("items");
				items.valueStream().forEach((item) -> listed.add(item.get("note").asString()));
				if (items.size() < 100) {
					break;
				}
			}
		}
		long found = acknowledged.stream().filter(listed::contains).count();
		System.out.println("FIGURES " + scenario + ": " + answers + "; first 201 after space returned: " + firstSavedMs
				+ " ms; acknowledged " + acknowledged.size() + ", listed " + found + " of them (list answered "
				+ listStatus + ")");
	}

	private static HttpResponse<String> save(Http person, String note, Set<String> acknowledged) {
		HttpResponse<String> answer = sendQuietly(() -> person.sendJson("POST", "/api/v1/diary/entries",
				"{\"pain\": 4, \"note\": \"" + note + "\"}", true));
		if (status(answer) == 201) {
			acknowledged.add(note);
		}
		return answer;
	}

	private static HttpResponse<String> sendQuietly(java.util.function.Supplier<HttpResponse<String>> request) {
		try {
			return request.get();
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static int status(HttpResponse<String> answer) {
		return answer == null ? -1 : answer.statusCode();
	}

	private static void count(Map<String, Integer> answers, String key) {
		answers.merge(key, 1, Integer::sum);
	}

}
