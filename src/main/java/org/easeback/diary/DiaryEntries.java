package org.easeback.diary;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds, reads, changes and deletes diary entries, always of one user: an id that belongs
 * to someone else behaves exactly like an id that does not exist.
 */
@Service
public class DiaryEntries {

	private final EntryRepository repository;

	private final EntryReads reads;

	private final Clock clock;

	DiaryEntries(EntryRepository repository, EntryReads reads, Clock clock) {
		this.repository = repository;
		this.reads = reads;
		this.clock = clock;
	}

	/** The current time of the diary's clock. */
	public Instant now() {
		return Instant.now(this.clock);
	}

	/** The time zone pages show and read times in. */
	public ZoneId zone() {
		return this.clock.getZone();
	}

	/**
	 * Adds an entry.
	 * @throws org.easeback.shared.InvalidInputException naming every bad field
	 */
	@Transactional
	public Entry add(String username, EntryInput input) {
		return this.repository.save(EntryRow.of(username, input.validate(now()))).toEntry();
	}

	/** One page of entries, newest first. */
	@Transactional(readOnly = true)
	public List<Entry> page(String username, int page, int size) {
		return this.reads.page(username, (long) page * size, size);
	}

	/**
	 * One page of entries, newest first, and whether older ones follow: it reads one row
	 * more than the page instead of counting the user's entries.
	 */
	@Transactional(readOnly = true)
	public Timeline timeline(String username, int page, int size) {
		return this.reads.pageAndMore(username, (long) page * size, size);
	}

	/** How many entries the user has. */
	public long count(String username) {
		return this.repository.countByUsername(username);
	}

	/** Every entry of the user, oldest first. */
	@Transactional(readOnly = true)
	public List<Entry> all(String username) {
		return this.reads.all(username);
	}

	/** The pain readings of the entries taken at {@code from} or later, oldest first. */
	List<PainReading> readingsSince(String username, Instant from) {
		return this.reads.readingsSince(username, from);
	}

	/**
	 * The pain readings of the {@code count} latest entries by the time they were taken
	 * (then by id), oldest first.
	 */
	List<PainReading> latestReadings(String username, int count) {
		return this.reads.latestReadings(username, count);
	}

	/** When and how much it hurt, for the entries taken at {@code from} or later. */
	@Transactional(readOnly = true)
	public List<PainPoint> painSince(String username, Instant from) {
		return this.reads.painSince(username, from);
	}

	/** The user's entry with this id. */
	@Transactional(readOnly = true)
	public Optional<Entry> find(String username, long id) {
		return this.repository.findByIdAndUsername(id, username).map(EntryRow::toEntry);
	}

	/**
	 * Replaces the user's entry, if it is still at {@code version}.
	 * @return the changed entry, or empty when the user has no entry with this id
	 * @throws org.springframework.dao.OptimisticLockingFailureException when the entry
	 * was changed since {@code version} was read
	 * @throws org.easeback.shared.InvalidInputException naming every bad field
	 */
	@Transactional
	public Optional<Entry> update(String username, long id, int version, EntryInput input) {
		EntryInput.Valid values = input.validate(now());
		return this.repository.findByIdAndUsername(id, username).map(row -> {
			if (row.version != version) {
				throw new OptimisticLockingFailureException("entry " + id + " is at version " + row.version);
			}
			row.apply(values);
			try {
				return this.repository.save(row).toEntry();
			}
			catch (DbActionExecutionException ex) {
				if (ex.getCause() instanceof OptimisticLockingFailureException stale) {
					throw stale;
				}
				throw ex;
			}
		});
	}

	/** Deletes the user's entry; false when the user has no entry with this id. */
	@Transactional
	public boolean delete(String username, long id) {
		Optional<EntryRow> row = this.repository.findByIdAndUsername(id, username);
		row.ifPresent(this.repository::delete);
		return row.isPresent();
	}

	/** Deletes every entry of the user. */
	@Transactional
	public void deleteAll(String username) {
		this.repository.deleteAllOf(username);
	}

	/** Stores an entry exactly as exported (used by import). */
	@Transactional
	Entry restore(String username, EntryInput.Valid values) {
		return this.repository.save(EntryRow.of(username, values)).toEntry();
	}

}
