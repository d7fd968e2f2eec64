package org.easeback.account;

import tools.jackson.databind.JsonNode;

/**
 * Implemented by every module that keeps personal data, so that "download everything
 * EaseBack holds about me" and "import it again" include it without the account module
 * knowing the module. Deletion goes through the {@link AccountDeleted} event instead.
 * <p>
 * A contributor owns one section of the export file, named by {@link #section()}.
 */
public interface PersonalDataContributor {

	/**
	 * The name of this module's section in the export file, for example {@code diary}.
	 */
	String section();

	/** Everything this module holds about {@code username}, as JSON-ready values. */
	Object export(String username);

	/** How many records this module holds about {@code username}. */
	long count(String username);

	/**
	 * How many records of an exported section are not held yet for {@code username}
	 * (records already there are recognised, so a repeated import adds nothing).
	 * @throws org.easeback.shared.InvalidInputException when the section is not valid
	 */
	long countNew(String username, JsonNode section);

	/**
	 * Adds the records of an exported section that are not held yet for {@code username},
	 * and returns how many were added.
	 * @throws org.easeback.shared.InvalidInputException when the section is not valid
	 */
	long importSection(String username, JsonNode section);

}
