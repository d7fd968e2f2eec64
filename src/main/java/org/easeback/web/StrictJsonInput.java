package org.easeback.web;

import org.easeback.shared.StorableText;
import org.easeback.shared.UnstorableTextException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * How every JSON API reads a request body, in one place (hazard H16): a field the API
 * does not know, such as a misspelt {@code "allergy"} for {@code "allergies"}, is a
 * {@code 400} naming it rather than being ignored, and text that the two databases would
 * store differently (a NUL character, a lone surrogate; {@link StorableText}) is a
 * {@code 400} naming its field (hazard H43).
 * <p>
 * Only the HTTP converter's mapper is strict. The application's {@link JsonMapper} also
 * reads JSON that EaseBack stored itself (plans, intakes, safety-check records, imported
 * exports), and documents written by an older version must still be read after a field
 * was removed; stored text may also hold a NUL written on H2 before this check.
 * <p>
 * A {@link WebMvcConfigurer} rather than a converters customizer bean so that
 * {@code @WebMvcTest} slices read bodies the same way; ordered after Spring Boot's, which
 * sets the converter of the application's mapper that this one replaces.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class StrictJsonInput implements WebMvcConfigurer {

	private final JsonMapper json;

	StrictJsonInput(JsonMapper json) {
		this.json = json;
	}

	@Override
	public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
		builder.withJsonConverter(new JacksonJsonHttpMessageConverter(strict(this.json)));
	}

	/** The application's mapper, refusing unknown fields and unstorable text. */
	static JsonMapper strict(JsonMapper json) {
		return json.rebuild()
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.addModule(new SimpleModule("storable-text").addDeserializer(String.class, new StorableStrings()))
			.build();
	}

	/**
	 * Reads every JSON string bound to a {@code String} (fields, list items, map values)
	 * as Jackson does, then refuses one that cannot be stored the same on both databases.
	 */
	static final class StorableStrings extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String value = super.deserialize(parser, context);
			if (value != null) {
				StorableText.flaw(value).ifPresent((flaw) -> {
					throw new UnstorableTextException(parser, flaw);
				});
			}
			return value;
		}

	}

}
