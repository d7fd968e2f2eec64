package org.easeback.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

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

	/**
	 * These words, each sentence kept once it is worded, up to {@code limit} sentences:
	 * for a caller that asks for the same few dozen again and again, such as the planner
	 * on every plan (decision 0021). The limit bounds what arguments from a request can
	 * add.
	 */
	default Words remembered(int limit) {
		Map<List<Object>, String> worded = new ConcurrentHashMap<>();
		return (key, arguments) -> {
			List<Object> sentence = new ArrayList<>(arguments.length + 1);
			sentence.add(key);
			Collections.addAll(sentence, arguments);
			String known = worded.get(sentence);
			if (known != null) {
				return known;
			}
			String text = get(key, arguments);
			if (worded.size() < limit) {
				worded.put(sentence, text);
			}
			return text;
		};
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
