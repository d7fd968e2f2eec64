package org.easeback.content.web;

import org.easeback.content.ContentLibrary;
import org.easeback.shared.config.ClockConfiguration;
import org.easeback.storage.Storage;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Gives web slice tests the real content library, and the storage state the API's error
 * handling reads.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ ClockConfiguration.class, Storage.class, DiagramImages.class })
class ContentWebTestConfiguration {

	@Bean
	ContentLibrary contentLibrary() {
		return ContentLibrary.standard();
	}

}
