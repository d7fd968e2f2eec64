package org.easeback.shared;

import java.util.Locale;
import java.util.Objects;

import org.springframework.context.MessageSource;

/**
 * Sentences by message key, in one language. The plain-Java domains word what they say
 * through this instead of Spring's {@link MessageSource}, which the configuration and the
 * web layer adapt with {@link #of}.
 */
@FunctionalInterface
public interface Words {

	/** The sentence of {@code key} with its arguments filled in. */
	String get(String key, Object... arguments);

	/** The messages of {@code messages} in {@code locale}. */
	static Words of(MessageSource messages, Locale locale) {
		Objects.requireNonNull(messages, "messages");
		Objects.requireNonNull(locale, "locale");
		return (key, arguments) -> messages.getMessage(key, arguments, locale);
	}

}
