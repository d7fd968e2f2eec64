package org.easeback.content;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the content at start; invalid content stops the application. */
@Configuration(proxyBeanMethods = false)
class ContentConfiguration {

	@Bean
	ContentLibrary contentLibrary() {
		return ContentLibrary.standard();
	}

}
