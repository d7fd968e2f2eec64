package org.easeback.web;

import org.junit.jupiter.api.Test;

import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.converter.support.AllEncompassingFormHttpMessageConverter;
import org.springframework.http.converter.xml.Jaxb2RootElementHttpMessageConverter;
import org.springframework.http.converter.yaml.MappingJackson2YamlHttpMessageConverter;

import static org.assertj.core.api.Assertions.assertThat;

class JsonOnlyConfigurationTests {

	@Test
	@SuppressWarnings("removal")
	void xmlAndYamlConvertersGo() {
		assertThat(JsonOnlyConfiguration.onlyXmlOrYaml(new Jaxb2RootElementHttpMessageConverter())).isTrue();
		assertThat(JsonOnlyConfiguration.onlyXmlOrYaml(new MappingJackson2YamlHttpMessageConverter())).isTrue();
	}

	@Test
	void jsonTextAndFormConvertersStay() {
		assertThat(JsonOnlyConfiguration.onlyXmlOrYaml(new JacksonJsonHttpMessageConverter())).isFalse();
		assertThat(JsonOnlyConfiguration.onlyXmlOrYaml(new StringHttpMessageConverter())).isFalse();
		assertThat(JsonOnlyConfiguration.onlyXmlOrYaml(new AllEncompassingFormHttpMessageConverter())).isFalse();
	}

}
