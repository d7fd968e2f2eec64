package org.easeback.diary;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Pain episodes; every query is scoped by username. */
@Repository
class EpisodeRepository {

	private final JdbcClient jdbc;

	EpisodeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored episode before it is classified. */
	record Row(long id, LocalDate onset, LocalDate endedOn) {
	}

	void add(String username, LocalDate onset, LocalDate endedOn) {
		this.jdbc.sql("INSERT INTO diary_episode (username, onset, ended_on) VALUES (:username, :onset, :endedOn)")
			.param("username", username)
			.param("onset", onset)
			.param("endedOn", endedOn)
			.update();
	}

	List<Row> all(String username) {
		return this.jdbc.sql(
				"SELECT id, onset, ended_on FROM diary_episode WHERE username = :username ORDER BY onset DESC, id DESC")
			.param("username", username)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getObject("onset", LocalDate.class),
					rs.getObject("ended_on", LocalDate.class)))
			.list();
	}

	boolean exists(String username, LocalDate onset) {
		return this.jdbc.sql("SELECT COUNT(*) FROM diary_episode WHERE username = :username AND onset = :onset")
			.param("username", username)
			.param("onset", onset)
			.query(Long.class)
			.single() > 0;
	}

	boolean delete(String username, long id) {
		return this.jdbc.sql("DELETE FROM diary_episode WHERE id = :id AND username = :username")
			.param("id", id)
			.param("username", username)
			.update() > 0;
	}

	long count(String username) {
		return this.jdbc.sql("SELECT COUNT(*) FROM diary_episode WHERE username = :username")
			.param("username", username)
			.query(Long.class)
			.single();
	}

	void deleteAll(String username) {
		this.jdbc.sql("DELETE FROM diary_episode WHERE username = :username").param("username", username).update();
	}

}
