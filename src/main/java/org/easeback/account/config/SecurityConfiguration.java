package org.easeback.account.config;

import org.easeback.account.Role;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one security policy of EaseBack. Checking, planning, guiding and reading the
 * library need no account; the diary, the account page and hand-offs do; therapist pages
 * need the THERAPIST role; any other endpoint needs an account (deny by default), and an
 * address with no endpoint answers 404.
 * <p>
 * The API ({@code /api/**}) never redirects: anonymous calls to private endpoints get
 * {@code 401} and forbidden ones {@code 403}, both as problem+json. CSRF protection
 * covers every state-changing request except API calls that carry no session cookie:
 * without ambient credentials there is nothing to forge, and the public API stays usable
 * with curl.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class SecurityConfiguration {

	/** Paths anyone may use, signed in or not. */
	static final String[] PUBLIC = { "/", "/check/**", "/plan/**", "/sessions/**", "/library/**", "/register", "/login",
			"/error", "/css/**", "/js/**", "/images/**", "/icons/**", "/webjars/**", "/favicon.ico",
			"/manifest.webmanifest", "/sw.js", "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
			"/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/fhir/**", "/api/v1/library/**",
			"/api/v1/safety-checks/**", "/api/v1/plans/**" };

	/** Paths that need an account. */
	static final String[] PRIVATE = { "/diary/**", "/account/**", "/handoff/**", "/api/v1/diary/**",
			"/api/v1/account/**", "/api/v1/handoff/**" };

	/** Paths that need the therapist role. */
	static final String[] THERAPIST = { "/therapist/**", "/api/v1/therapist/**" };

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, JsonMapper json,
			HandlerMappingIntrospector mvcHandlerMappingIntrospector) {
		ApiProblems problems = new ApiProblems(json);
		LoginUrlAuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
		AccessDeniedHandlerImpl pageDenied = new AccessDeniedHandlerImpl();
		http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC)
			.permitAll()
			.requestMatchers(THERAPIST)
			.hasRole(Role.THERAPIST.name())
			.requestMatchers(PRIVATE)
			.authenticated()
			.anyRequest()
			.access(new MappedEndpointsNeedAnAccount(mvcHandlerMappingIntrospector)))
			.formLogin(form -> form.loginPage("/login")
				.usernameParameter("email")
				.passwordParameter("password")
				.defaultSuccessUrl("/diary")
				.failureUrl("/login?error")
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"))
			.csrf(csrf -> csrf.requireCsrfProtectionMatcher(new CsrfRequired()))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint((request, response, ex) -> {
				if (ApiProblems.isApi(request)) {
					problems.unauthorized(request, response);
				}
				else {
					login.commence(request, response, ex);
				}
			}).accessDeniedHandler((request, response, ex) -> {
				if (ApiProblems.isApi(request)) {
					problems.forbidden(request, response);
				}
				else {
					pageDenied.handle(request, response, ex);
				}
			}));
		return http.build();
	}

}
