package org.easeback.diary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.easeback.shared.FieldProblem;
import org.easeback.shared.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Pain episodes of one user: onset, optional end, and their class. */
@Service
public class Episodes {

	private final EpisodeRepository repository;

	private final Clock clock;

	Episodes(EpisodeRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	/** Today in the diary's time zone. */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * Starts (or records) an episode.
	 * @throws InvalidInputException naming {@code onset} or {@code endedOn}
	 */
	@Transactional
	public void add(String username, LocalDate onset, LocalDate endedOn) {
		LocalDate today = today();
		List<FieldProblem> problems = new ArrayList<>();
		if (onset == null) {
			problems.add(new FieldProblem("onset", "is required: the day the pain started"));
		}
		else if (onset.isAfter(today)) {
			problems.add(new FieldProblem("onset", "must not be in the future"));
		}
		else if (this.repository.exists(username, onset)) {
			problems.add(new FieldProblem("onset", "already has an episode starting that day"));
		}
		if (endedOn != null && (endedOn.isAfter(today) || (onset != null && endedOn.isBefore(onset)))) {
			problems.add(new FieldProblem("endedOn", "must be between the onset and today"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		this.repository.add(username, onset, endedOn);
	}

	/** Every episode of the user, latest onset first. */
	public List<Episode> all(String username) {
		LocalDate today = today();
		return this.repository.all(username)
			.stream()
			.map(r -> Episode.of(r.id(), r.onset(), r.endedOn(), today))
			.toList();
	}

	/** The episode that goes on now: the open one with the latest onset. */
	public Optional<Episode> current(String username) {
		return all(username).stream().filter(Episode::isOpen).findFirst();
	}

	/** Deletes the user's episode; false when the user has none with this id. */
	@Transactional
	public boolean delete(String username, long id) {
		return this.repository.delete(username, id);
	}

}
