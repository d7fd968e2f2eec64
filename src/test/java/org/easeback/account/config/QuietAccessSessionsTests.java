package org.easeback.account.config;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.easeback.account.config.QuietAccessSessions.QuietSession;
import org.junit.jupiter.api.Test;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule of {@link QuietAccessSessions} on its own: a last-access time less than a
 * minute after the stored one is dropped, one a minute or more after it is kept, and
 * everything else reaches the stored session unchanged.
 */
class QuietAccessSessionsTests {

	private static final Instant STORED = Instant.parse("2026-12-02T10:00:00Z");

	private final Store store = new Store();

	private final QuietAccessSessions<MapSession> sessions = new QuietAccessSessions<>(this.store);

	@Test
	void anAccessLessThanAMinuteAfterTheStoredOneIsDropped() {
		QuietSession<MapSession> session = found();

		session.setLastAccessedTime(STORED.plus(Duration.ofSeconds(59)));

		assertThat(session.getLastAccessedTime()).isEqualTo(STORED);
	}

	@Test
	void anAccessAMinuteOrMoreAfterTheStoredOneIsKept() {
		QuietSession<MapSession> session = found();

		session.setLastAccessedTime(STORED.plus(QuietAccessSessions.GRANULARITY));

		assertThat(session.getLastAccessedTime()).isEqualTo(STORED.plus(Duration.ofMinutes(1)));
	}

	@Test
	void attributesIdsAndDeletionReachTheStore() {
		QuietSession<MapSession> session = found();
		String before = session.getId();

		session.setAttribute("k", "v");
		String after = session.changeSessionId();
		this.sessions.save(session);

		assertThat(after).isNotEqualTo(before);
		assertThat(this.store.findById(after).<String>getAttribute("k")).isEqualTo("v");
		assertThat(this.sessions.findByPrincipalName("someone@example.org")).containsOnlyKeys(after);
		this.sessions.deleteById(after);
		assertThat(this.sessions.findById(after)).isNull();
	}

	private QuietSession<MapSession> found() {
		MapSession stored = new MapSession();
		stored.setLastAccessedTime(STORED);
		stored.setMaxInactiveInterval(Duration.ofHours(8));
		this.store.save(stored);
		return this.sessions.findById(stored.getId());
	}

	/** Sessions in a map, every one of them signed in as someone@example.org. */
	private static final class Store implements FindByIndexNameSessionRepository<MapSession> {

		private final Map<String, MapSession> byId = new HashMap<>();

		@Override
		public MapSession createSession() {
			return new MapSession();
		}

		@Override
		public void save(MapSession session) {
			this.byId.values().removeIf(s -> s == session);
			this.byId.put(session.getId(), session);
		}

		@Override
		public MapSession findById(String id) {
			return this.byId.get(id);
		}

		@Override
		public void deleteById(String id) {
			this.byId.remove(id);
		}

		@Override
		public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			return "someone@example.org".equals(indexValue) ? Map.copyOf(this.byId) : Map.of();
		}

	}

}
