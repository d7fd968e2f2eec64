package org.easeback.diary;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.easeback.shared.Region;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads diary entries in a bounded number of statements: the entries of one user (a time
 * window, the latest few, one page or all), then the areas and the tags of all of them in
 * one batched statement each ({@code IN}, {@value #BATCH} ids at a time), instead of one
 * statement per entry and child table; the summary reads only pain readings (id, time,
 * pain). Every statement is scoped by username and served by the index
 * {@code diary_entry_newest_first_idx (username, taken_at DESC, id DESC)} (V7) or the
 * child tables' primary keys.
 */
@Repository
class EntryReads {

	/** Ids per batched child statement. */
	static final int BATCH = 500;

	private static final String COLUMNS = "id, version, taken_at, pain, peg_average, peg_enjoyment, peg_activity, note";

	private static final String OLDEST_FIRST = " ORDER BY taken_at ASC, id ASC";

	// username first (it is fixed by every WHERE): then H2 walks the index
	// diary_entry_newest_first_idx in order and stops after the rows asked for (V7)
	private static final String NEWEST_FIRST = " ORDER BY username, taken_at DESC, id DESC";

	private static final String READING = "id, taken_at, pain";

	/**
	 * The pain readings of the latest {@code :count} entries, newest first (H2 plan
	 * checked by a test).
	 */
	static final String LATEST = "SELECT " + READING + " FROM diary_entry WHERE username = :username" + NEWEST_FIRST
			+ " OFFSET 0 ROWS FETCH FIRST :count ROWS ONLY";

	/** A page of entries, newest first (H2 plan checked by a test). */
	static final String PAGE = "SELECT " + COLUMNS + " FROM diary_entry WHERE username = :username" + NEWEST_FIRST
			+ " OFFSET :offset ROWS FETCH FIRST :size ROWS ONLY";

	private final JdbcClient jdbc;

	EntryReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every entry of the user, oldest first. */
	List<Entry> all(String username) {
		return withChildren(
				this.jdbc.sql("SELECT " + COLUMNS + " FROM diary_entry WHERE username = :username" + OLDEST_FIRST)
					.param("username", username)
					.query(EntryReads::row)
					.list());
	}

	/** The pain readings of the entries taken at {@code from} or later, oldest first. */
	List<PainReading> readingsSince(String username, Instant from) {
		return this.jdbc
			.sql("SELECT " + READING + " FROM diary_entry WHERE username = :username AND taken_at >= :from"
					+ OLDEST_FIRST)
			.param("username", username)
			.param("from", from.atOffset(ZoneOffset.UTC))
			.query(EntryReads::reading)
			.list();
	}

	/**
	 * The pain readings of the {@code count} latest entries (by the time taken, then id),
	 * oldest first.
	 */
	List<PainReading> latestReadings(String username, int count) {
		List<PainReading> newestFirst = this.jdbc.sql(LATEST)
			.param("username", username)
			.param("count", count)
			.query(EntryReads::reading)
			.list();
		List<PainReading> oldestFirst = new ArrayList<>(newestFirst);
		Collections.reverse(oldestFirst);
		return oldestFirst;
	}

	/** Entries {@code offset} to {@code offset + size - 1}, newest first. */
	List<Entry> page(String username, long offset, int size) {
		return withChildren(rows(username, offset, size));
	}

	/**
	 * Entries {@code offset} to {@code offset + size - 1}, newest first, and whether
	 * there is one more: it reads {@code size + 1} rows and the areas and tags of the
	 * first {@code size} only.
	 */
	Timeline pageAndMore(String username, long offset, int size) {
		List<Row> rows = rows(username, offset, size + 1);
		boolean more = rows.size() > size;
		return new Timeline(withChildren(more ? rows.subList(0, size) : rows), more);
	}

	private List<Row> rows(String username, long offset, int size) {
		return this.jdbc.sql(PAGE)
			.param("username", username)
			.param("offset", offset)
			.param("size", size)
			.query(EntryReads::row)
			.list();
	}

	/** When and how much it hurt, for the entries taken at {@code from} or later. */
	List<PainPoint> painSince(String username, Instant from) {
		return this.jdbc
			.sql("SELECT taken_at, pain FROM diary_entry WHERE username = :username AND taken_at >= :from"
					+ OLDEST_FIRST)
			.param("username", username)
			.param("from", from.atOffset(ZoneOffset.UTC))
			.query((rs, n) -> new PainPoint(rs.getObject("taken_at", OffsetDateTime.class).toInstant(),
					rs.getInt("pain")))
			.list();
	}

	private List<Entry> withChildren(List<Row> rows) {
		Map<Long, List<RegionPain>> areas = new HashMap<>();
		Map<Long, Set<DiaryTag>> tags = new HashMap<>();
		for (int from = 0; from < rows.size(); from += BATCH) {
			List<Long> ids = rows.subList(from, Math.min(rows.size(), from + BATCH)).stream().map(Row::id).toList();
			this.jdbc.sql("SELECT diary_entry, region, intensity FROM diary_entry_region WHERE diary_entry IN (:ids)")
				.param("ids", ids)
				.query(EntryReads::area)
				.list()
				.forEach(area -> areas.computeIfAbsent(area.entryId(), id -> new ArrayList<>()).add(area.pain()));
			this.jdbc.sql("SELECT diary_entry, tag FROM diary_entry_tag WHERE diary_entry IN (:ids)")
				.param("ids", ids)
				.query(EntryReads::tag)
				.list()
				.forEach(tag -> tags.computeIfAbsent(tag.entryId(), id -> new HashSet<>()).add(tag.tag()));
		}
		return rows.stream()
			.map(row -> row.toEntry(inBodyMapOrder(areas.getOrDefault(row.id(), List.of())),
					tags.getOrDefault(row.id(), Set.of())))
			.toList();
	}

	private static List<RegionPain> inBodyMapOrder(List<RegionPain> areas) {
		return areas.stream().sorted(Comparator.comparing(RegionPain::region)).toList();
	}

	private static PainReading reading(ResultSet rs, int n) throws SQLException {
		return new PainReading(rs.getLong("id"), rs.getObject("taken_at", OffsetDateTime.class).toInstant(),
				new PainScore(rs.getInt("pain")));
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), rs.getInt("version"),
				rs.getObject("taken_at", OffsetDateTime.class).toInstant(), rs.getInt("pain"),
				rs.getObject("peg_average", Integer.class), rs.getObject("peg_enjoyment", Integer.class),
				rs.getObject("peg_activity", Integer.class), rs.getString("note"));
	}

	private static AreaRow area(ResultSet rs, int n) throws SQLException {
		return new AreaRow(rs.getLong("diary_entry"),
				new RegionPain(Region.valueOf(rs.getString("region")), new PainScore(rs.getInt("intensity"))));
	}

	private static TagRow tag(ResultSet rs, int n) throws SQLException {
		return new TagRow(rs.getLong("diary_entry"), DiaryTag.valueOf(rs.getString("tag")));
	}

	/** One area of the entry {@code entryId}. */
	private record AreaRow(long entryId, RegionPain pain) {
	}

	/** One tag of the entry {@code entryId}. */
	private record TagRow(long entryId, DiaryTag tag) {
	}

	private record Row(long id, int version, Instant takenAt, int pain, Integer pegAverage, Integer pegEnjoyment,
			Integer pegActivity, String note) {

		Entry toEntry(List<RegionPain> regions, Set<DiaryTag> tags) {
			return new Entry(this.id, this.version, this.takenAt, new PainScore(this.pain),
					new Peg(score(this.pegAverage), score(this.pegEnjoyment), score(this.pegActivity)), regions, tags,
					this.note);
		}

		private static PainScore score(Integer value) {
			return value == null ? null : new PainScore(value);
		}

	}

}
