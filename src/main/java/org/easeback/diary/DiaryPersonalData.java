package org.easeback.diary;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.easeback.account.PersonalDataContributor;
import org.easeback.shared.InvalidInputException;
import org.easeback.shared.UnreadableJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * The diary's part of "download everything" and of import. An imported record that is
 * already there (an entry with the same time and pain, a session with the same plan and
 * end time, an episode with the same onset) is skipped, so importing twice adds nothing.
 */
@Component
class DiaryPersonalData implements PersonalDataContributor {

	/** The modes a plan has (planner.Mode), as the session event names them. */
	private static final List<String> MODES = List.of("PARTNER", "SELF", "THERAPIST_VISIT");

	/** The pressure feedback the player sends. */
	private static final List<String> FEEDBACK = List.of("LIGHTER", "GOOD", "FIRMER");

	/** A content id of the library: lower-case words joined by hyphens. */
	private static final Pattern CONTENT_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private final DiaryEntries entries;

	private final DiarySessions sessions;

	private final Episodes episodes;

	private final EpisodeRepository episodeRows;

	private final JsonMapper json;

	DiaryPersonalData(DiaryEntries entries, DiarySessions sessions, Episodes episodes, EpisodeRepository episodeRows,
			JsonMapper json) {
		this.entries = entries;
		this.sessions = sessions;
		this.episodes = episodes;
		this.episodeRows = episodeRows;
		this.json = json;
	}

	@Override
	public String section() {
		return "diary";
	}

	@Override
	public DiaryExport export(String username) {
		return new DiaryExport(this.entries.all(username).stream().map(DiaryExport::input).toList(),
				this.sessions.all(username),
				this.episodes.all(username)
					.stream()
					.map(e -> new DiaryExport.EpisodeDates(e.onset(), e.endedOn()))
					.toList());
	}

	@Override
	public long count(String username) {
		return this.entries.count(username) + this.sessions.count(username) + this.episodeRows.count(username);
	}

	@Override
	public long countNew(String username, JsonNode section) {
		DiaryExport file = read(section);
		Set<String> held = entryKeys(username);
		long entries = file.entries()
			.stream()
			.map(DiaryPersonalData::key)
			.distinct()
			.filter(k -> !held.contains(k))
			.count();
		long sessions = file.sessions().stream().filter(s -> !this.sessions.has(username, s)).count();
		long episodes = file.episodes().stream().filter(e -> !this.episodeRows.exists(username, e.onset())).count();
		return entries + sessions + episodes;
	}

	@Override
	public long importSection(String username, JsonNode section) {
		DiaryExport file = read(section);
		Set<String> held = entryKeys(username);
		long added = 0;
		Instant now = this.entries.now();
		for (int i = 0; i < file.entries().size(); i++) {
			EntryInput input = file.entries().get(i);
			if (held.add(key(input))) {
				this.entries.restore(username, valid(input, now, i));
				added++;
			}
		}
		for (GuidedSession session : file.sessions()) {
			added += this.sessions.restore(username, session) ? 1 : 0;
		}
		for (int i = 0; i < file.episodes().size(); i++) {
			DiaryExport.EpisodeDates episode = file.episodes().get(i);
			if (!this.episodeRows.exists(username, episode.onset())) {
				try {
					this.episodes.add(username, episode.onset(), episode.endedOn());
				}
				catch (InvalidInputException ex) {
					throw ex.within("diary.episodes[" + i + "]");
				}
				added++;
			}
		}
		return added;
	}

	private static EntryInput.Valid valid(EntryInput input, Instant now, int index) {
		try {
			return input.validate(now);
		}
		catch (InvalidInputException ex) {
			throw ex.within("diary.entries[" + index + "]");
		}
	}

	private DiaryExport read(JsonNode section) {
		if (section == null || section.isNull()) {
			return DiaryExport.empty();
		}
		DiaryExport file;
		try {
			file = this.json.treeToValue(section, DiaryExport.class);
		}
		catch (JacksonException ex) {
			throw UnreadableJson.refusal("diary", ex);
		}
		requireComplete(file);
		return file;
	}

	/** Refuses an item of the file without what identifies it, naming its place. */
	private static void requireComplete(DiaryExport file) {
		for (int i = 0; i < file.entries().size(); i++) {
			EntryInput entry = file.entries().get(i);
			if (entry == null || entry.takenAt() == null) {
				throw new InvalidInputException("diary.entries[" + i + "].takenAt", "is required");
			}
		}
		for (int i = 0; i < file.sessions().size(); i++) {
			GuidedSession session = file.sessions().get(i);
			if (session == null || session.planId() == null || session.mode() == null || session.finishedAt() == null) {
				throw new InvalidInputException("diary.sessions[" + i + "]", "needs planId, mode and finishedAt");
			}
			requireKnownWords(session, "diary.sessions[" + i + "]");
		}
		for (int i = 0; i < file.episodes().size(); i++) {
			DiaryExport.EpisodeDates episode = file.episodes().get(i);
			if (episode == null || episode.onset() == null) {
				throw new InvalidInputException("diary.episodes[" + i + "].onset", "is required");
			}
		}
	}

	/**
	 * Refuses a session whose mode, feedback or technique ids the player could not have
	 * sent: they are stored as words (the lists joined by commas), so anything else would
	 * not read back the same, and a mode longer than its column would fail the insert.
	 */
	private static void requireKnownWords(GuidedSession session, String place) {
		if (!MODES.contains(session.mode())) {
			throw new InvalidInputException(place + ".mode", "must be one of " + String.join(", ", MODES));
		}
		for (int j = 0; j < session.feedback().size(); j++) {
			if (!FEEDBACK.contains(session.feedback().get(j))) {
				throw new InvalidInputException(place + ".feedback[" + j + "]",
						"must be one of " + String.join(", ", FEEDBACK));
			}
		}
		for (int j = 0; j < session.techniqueIds().size(); j++) {
			String id = session.techniqueIds().get(j);
			if (id == null || !CONTENT_ID.matcher(id).matches()) {
				throw new InvalidInputException(place + ".techniqueIds[" + j + "]", "must be the id of a technique");
			}
		}
	}

	private Set<String> entryKeys(String username) {
		Set<String> keys = new HashSet<>();
		this.entries.all(username).forEach(e -> keys.add(key(DiaryExport.input(e))));
		return keys;
	}

	private static String key(EntryInput e) {
		return e.takenAt().truncatedTo(ChronoUnit.MICROS) + "|" + e.pain();
	}

}
