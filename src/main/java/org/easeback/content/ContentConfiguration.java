package org.easeback.content;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Configuration;

/** Loads the content at start; invalid content stops the application. */
@Configuration(proxyBeanMethods = false)
class ContentConfiguration {

	// loaded at start even when the rest starts lazily (bench/run-jar.sh): content that
	// breaks a rule (a stroke on the spine…) must stop EaseBack before it serves anyone
	@Bean
	@Lazy(false)
	ContentLibrary contentLibrary() {
		return ContentLibrary.standard();
	}

}
