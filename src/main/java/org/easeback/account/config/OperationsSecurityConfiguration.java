package org.easeback.account.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The operations endpoints ({@code /actuator/**}) have a chain of their own, before the
 * main one. Health and its probes stay public, as load balancers and orchestrators call
 * them without credentials and they say only UP or DOWN. Metrics and build information
 * tell a stranger the versions, load and addresses in use, so they need HTTP Basic as the
 * operator: one in-memory user, not an account, whose password comes from
 * {@code EASEBACK_OPERATOR_PASSWORD}. Without a password there is no operator and every
 * such call gets 401.
 * <p>
 * The chain is stateless: a scraper's calls write no session row, and a browser's account
 * session counts for nothing here. Accounts cannot sign in on it, as its authentication
 * manager knows only the operator.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class OperationsSecurityConfiguration {

	static final String OPERATOR = "OPERATOR";

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 10)
	SecurityFilterChain operationsFilterChain(HttpSecurity http, PasswordEncoder passwords,
			@Value("${easeback.operator.username:operator}") String username,
			@Value("${easeback.operator.password:}") String password) {
		InMemoryUserDetailsManager operators = new InMemoryUserDetailsManager();
		if (!password.isBlank()) {
			operators
				.createUser(User.withUsername(username).password(passwords.encode(password)).roles(OPERATOR).build());
		}
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(operators);
		provider.setPasswordEncoder(passwords);
		SecurityConfiguration.protectionHeaders(http);
		return http.securityMatcher("/actuator/**")
			.authenticationManager(new ProviderManager(provider))
			.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.anyRequest()
				.hasRole(OPERATOR))
			.httpBasic(basic -> basic.realmName("EaseBack operations"))
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.csrfTokenRepository(SecurityConfiguration.csrfTokens()))
			.build();
	}

}
