package org.easeback.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Opens the test-only endpoints that some web tests add ({@code /test/**} and
 * {@code /api/v1/test/**}) to anonymous calls without a CSRF token, so those tests keep
 * testing error handling rather than the security policy (which denies unknown paths).
 * The error page they are forwarded to stays under the production policy.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestEndpointsSecurity {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain testEndpoints(HttpSecurity http) {
		return http.securityMatcher("/test/**", "/api/v1/test/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.build();
	}

}
