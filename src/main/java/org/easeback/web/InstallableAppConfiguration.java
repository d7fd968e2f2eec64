package org.easeback.web;

import org.springframework.boot.web.server.MimeMappings;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Serves the web app manifest ({@code static/manifest.webmanifest}) with its own media
 * type, which browsers expect and the server does not know by default. The service worker
 * ({@code static/sw.js}) is served from the root, so its scope is the whole site without
 * a {@code Service-Worker-Allowed} header.
 */
@Configuration(proxyBeanMethods = false)
class InstallableAppConfiguration {

	@Bean
	WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> webManifestMediaType() {
		return (factory) -> {
			MimeMappings manifest = new MimeMappings();
			manifest.add("webmanifest", "application/manifest+json");
			factory.addMimeMappings(manifest);
		};
	}

}
