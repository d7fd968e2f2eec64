package org.easeback.shared;

import java.util.Arrays;
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

	/** The sentence of a phrase, its phrase arguments worded first. */
	default String get(Phrase phrase) {
		Object[] arguments = Arrays.stream(phrase.arguments())
			.map((argument) -> (argument instanceof Phrase inner) ? get(inner) : argument)
			.toArray();
		return get(phrase.key(), arguments);
	}

	/** The messages of {@code messages} in {@code locale}. */
	static Words of(MessageSource messages, Locale locale) {
		Objects.requireNonNull(messages, "messages");
		Objects.requireNonNull(locale, "locale");
		return (key, arguments) -> messages.getMessage(key, arguments, locale);
	}

	/**
	 * A sentence not yet worded: its message key and arguments, which may be phrases
	 * themselves.
	 */
	record Phrase(String key, Object... arguments) {

		public Phrase {
			Objects.requireNonNull(key, "key");
			arguments = arguments.clone();
		}

		@Override
		public Object[] arguments() {
			return this.arguments.clone();
		}

	}

}
