package org.easeback.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * How every JSON API reads a request body, in one place (hazard H16): a field the API
 * does not know, such as a misspelt {@code "allergy"} for {@code "allergies"}, is a
 * {@code 400} naming it rather than being ignored.
 * <p>
 * Only the HTTP converter's mapper is strict. The application's {@link JsonMapper} also
 * reads JSON that EaseBack stored itself (plans, intakes, safety-check records, imported
 * exports), and documents written by an older version must still be read after a field
 * was removed.
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

	/** The application's mapper, refusing unknown fields. */
	static JsonMapper strict(JsonMapper json) {
		return json.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
	}

}
