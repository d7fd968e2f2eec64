package org.easeback.shared;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON string that cannot be stored the same on both databases ({@link StorableText}).
 * Jackson adds the path of the field to it as it unwinds, so {@link UnreadableJson} can
 * name the field.
 */
public final class UnstorableTextException extends MismatchedInputException {

	private final StorableText.Flaw flaw;

	public UnstorableTextException(JsonParser parser, StorableText.Flaw flaw) {
		super(parser, flaw.message(), String.class);
		this.flaw = flaw;
	}

	public StorableText.Flaw flaw() {
		return this.flaw;
	}

}
