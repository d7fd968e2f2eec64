package org.easeback.account;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.easeback.shared.InvalidInputException;
import org.easeback.shared.StorableText;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything EaseBack holds about a person, as one JSON document: the account and one
 * section per {@link PersonalDataContributor}. Importing such a document works into an
 * empty account; repeating the import adds nothing.
 */
@Service
public class PersonalData {

	/** The {@code format} field of every export file. */
	public static final String FORMAT = "easeback-personal-data";

	private final Accounts accounts;

	private final List<PersonalDataContributor> contributors;

	private final Clock clock;

	PersonalData(Accounts accounts, List<PersonalDataContributor> contributors, Clock clock) {
		this.accounts = accounts;
		this.contributors = contributors;
		this.clock = clock;
	}

	/** The export document of {@code username}. */
	@Transactional(readOnly = true)
	public Map<String, Object> export(String username) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("format", FORMAT);
		document.put("version", 1);
		document.put("exportedAt", Instant.now(this.clock));
		document.put("account", this.accounts.find(username).orElseThrow());
		for (PersonalDataContributor contributor : this.contributors) {
			document.put(contributor.section(), contributor.export(username));
		}
		return document;
	}

	/**
	 * Imports an export document into the account of {@code username}. The account (its
	 * email, role and password) stays as it is; only the modules' sections are read.
	 * @return how many records were added (0 when the same file was imported before)
	 * @throws InvalidInputException when the document is not an EaseBack export, or holds
	 * text that cannot be stored the same on both databases
	 * @throws AccountNotEmptyException when the account already holds other records
	 */
	@Transactional
	public long importDocument(String username, JsonNode document) {
		if (document == null || !document.isObject() || !FORMAT.equals(document.path("format").asString(""))) {
			throw new InvalidInputException("format", "must be \"" + FORMAT + "\": the file is not an EaseBack export");
		}
		// a tree, which no deserializer of strings has checked (web.StrictJsonInput)
		StorableText.problemIn("", document).ifPresent((problem) -> {
			throw new InvalidInputException(List.of(problem));
		});
		long held = this.contributors.stream().mapToLong(c -> c.count(username)).sum();
		if (held > 0) {
			long fresh = this.contributors.stream()
				.filter(c -> document.has(c.section()))
				.mapToLong(c -> c.countNew(username, document.get(c.section())))
				.sum();
			if (fresh > 0) {
				throw new AccountNotEmptyException(held);
			}
		}
		return this.contributors.stream()
			.filter(c -> document.has(c.section()))
			.mapToLong(c -> c.importSection(username, document.get(c.section())))
			.sum();
	}

}
