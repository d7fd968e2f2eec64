package org.easeback.web;

import java.util.List;

import org.easeback.shared.AccessRules;

import org.springframework.stereotype.Component;

/**
 * The home page, error pages, static files and the API's description are open to anyone.
 */
@Component
class WebAccessRules implements AccessRules {

	@Override
	public List<String> anyone() {
		return List.of("/", "/error", "/css/**", "/js/**", "/images/**", "/icons/**", "/webjars/**", "/favicon.ico",
				"/manifest.webmanifest", "/sw.js", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui/**",
				"/swagger-ui.html");
	}

}
