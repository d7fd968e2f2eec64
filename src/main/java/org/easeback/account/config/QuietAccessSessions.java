package org.easeback.account.config;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * A session store that records a session's last access at most once a minute.
 * <p>
 * Spring Session stamps every request's session with the time and its JDBC store then
 * writes the session row, so every signed-in page was a database write (and on H2 a
 * commit written to the file) although nothing about the session had changed. Here a new
 * last-access time less than {@link #GRANULARITY} after the stored one is dropped, so
 * such a request leaves the row alone; anything else (a new session, a new session id at
 * sign-in, a changed attribute, a stale last access) is passed on and saved as before.
 * The price is that a session may end up to a minute before its 8 hours of inactivity are
 * over. The same trade is described in spring-session issue 3329.
 *
 * @param <S> the stored session type
 */
final class QuietAccessSessions<S extends Session>
		implements FindByIndexNameSessionRepository<QuietAccessSessions.QuietSession<S>>, DisposableBean {

	/** Last-access times closer than this to the stored one are not written. */
	static final Duration GRANULARITY = Duration.ofMinutes(1);

	private final FindByIndexNameSessionRepository<S> store;

	QuietAccessSessions(FindByIndexNameSessionRepository<S> store) {
		this.store = store;
	}

	@Override
	public QuietSession<S> createSession() {
		return new QuietSession<>(this.store.createSession());
	}

	@Override
	public void save(QuietSession<S> session) {
		this.store.save(session.stored);
	}

	@Override
	public QuietSession<S> findById(String id) {
		S found = this.store.findById(id);
		return (found != null) ? new QuietSession<>(found) : null;
	}

	@Override
	public void deleteById(String id) {
		this.store.deleteById(id);
	}

	@Override
	public Map<String, QuietSession<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, QuietSession<S>> found = new LinkedHashMap<>();
		this.store.findByIndexNameAndIndexValue(indexName, indexValue)
			.forEach((id, session) -> found.put(id, new QuietSession<>(session)));
		return found;
	}

	/** Stops the store's own work (its scheduled clean-up of expired sessions). */
	@Override
	public void destroy() throws Exception {
		if (this.store instanceof DisposableBean disposable) {
			disposable.destroy();
		}
	}

	/**
	 * A stored session whose last-access time moves only when it is a minute or more
	 * newer than the stored one.
	 *
	 * @param <S> the stored session type
	 */
	static final class QuietSession<S extends Session> implements Session {

		private final S stored;

		QuietSession(S stored) {
			this.stored = stored;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (!lastAccessedTime.isBefore(this.stored.getLastAccessedTime().plus(GRANULARITY))) {
				this.stored.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.stored.getLastAccessedTime();
		}

		@Override
		public String getId() {
			return this.stored.getId();
		}

		@Override
		public String changeSessionId() {
			return this.stored.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return this.stored.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.stored.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.stored.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.stored.getCreationTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.stored.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.stored.isExpired();
		}

	}

}
