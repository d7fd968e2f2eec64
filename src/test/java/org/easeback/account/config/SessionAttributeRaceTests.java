package org.easeback.account.config;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two requests of one session at once (a double-tapped Save, two tabs) that both add the
 * same attribute, such as the confirmation a saved form leaves for the next page, both
 * succeed: the later value stays. Written once, run on H2 and on PostgreSQL.
 */
@SpringBootTest
abstract class SessionAttributeRaceTests {

	@Autowired
	SessionRepository<?> sessions;

	@Test
	void twoRequestsOfOneSessionCanBothAddTheSameAttribute() {
		Store<?> store = new Store<>(this.sessions);
		String id = store.created();
		Session first = store.found(id);
		Session second = store.found(id);

		first.setAttribute("confirmation", "saved");
		second.setAttribute("confirmation", "saved again");
		store.saved(first);
		store.saved(second);

		assertThat(store.found(id).<String>getAttribute("confirmation")).isEqualTo("saved again");
		this.sessions.deleteById(id);
	}

	/** The repository with its session type named, so a test can pass sessions back. */
	private record Store<S extends Session>(SessionRepository<S> repository) {

		String created() {
			S session = this.repository.createSession();
			this.repository.save(session);
			return session.getId();
		}

		S found(String id) {
			return this.repository.findById(id);
		}

		@SuppressWarnings("unchecked")
		void saved(Session session) {
			this.repository.save((S) session);
		}

	}

}
