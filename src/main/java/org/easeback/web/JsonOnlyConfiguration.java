package org.easeback.web;

import java.util.List;
import java.util.Set;

import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;

/**
 * The API reads and writes JSON (and the pages forms), never XML or YAML. springdoc's
 * swagger-core brings Jackson 2 with its YAML module and the JAXB API onto the class
 * path, and Spring MVC adds a converter for every format it finds: the API then read YAML
 * bodies and answered {@code Accept: application/yaml}, through Jackson 2 rather than the
 * JSON mapper EaseBack sets up (dates came out as epoch seconds), in a format the API's
 * description does not mention. Requests in those formats now get {@code 415}, and asking
 * for them {@code 406}.
 */
@Configuration(proxyBeanMethods = false)
class JsonOnlyConfiguration {

	private static final Set<String> UNSPOKEN = Set.of("xml", "yaml", "x-yaml");

	@Bean
	ServerHttpMessageConvertersCustomizer jsonOnly() {
		return (builder) -> builder
			.configureMessageConvertersList((converters) -> converters.removeIf(JsonOnlyConfiguration::onlyXmlOrYaml));
	}

	/** True for a converter of XML or YAML only (not one of text or any type). */
	static boolean onlyXmlOrYaml(HttpMessageConverter<?> converter) {
		List<MediaType> types = converter.getSupportedMediaTypes();
		return !types.isEmpty() && types.stream()
			.allMatch((type) -> UNSPOKEN.contains(type.getSubtype())
					|| (type.getSubtypeSuffix() != null && UNSPOKEN.contains(type.getSubtypeSuffix())));
	}

}
