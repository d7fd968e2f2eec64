package org.easeback.content.web;

import org.easeback.content.ContentLibrary;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Gives web slice tests the real content library. */
@TestConfiguration(proxyBeanMethods = false)
class ContentWebTestConfiguration {

	@Bean
	ContentLibrary contentLibrary() {
		return ContentLibrary.standard();
	}

}
