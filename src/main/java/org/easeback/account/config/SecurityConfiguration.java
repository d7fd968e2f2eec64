package org.easeback.account.config;

import java.util.List;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import org.easeback.account.Role;
import org.easeback.shared.AccessRules;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one security policy of EaseBack. Each module declares who may use its addresses
 * ({@link AccessRules}: checking, planning, guiding and reading the library need no
 * account; the diary, the account page and hand-offs do; therapist pages need the
 * THERAPIST role); any other endpoint needs an account (deny by default), and an address
 * with no endpoint answers 404. {@code /actuator/**} has a chain of its own
 * ({@link OperationsSecurityConfiguration}).
 * <p>
 * The API ({@code /api/**}) never redirects: anonymous calls to private endpoints get
 * {@code 401} and forbidden ones {@code 403}, both as problem+json. CSRF protection
 * covers every state-changing request except API calls that carry no session cookie:
 * without ambient credentials there is nothing to forge, and the public API stays usable
 * with curl. The token is kept in a cookie ({@link #csrfTokens()}), so anonymous pages
 * start no server session.
 * <p>
 * Every response carries the browser protections of {@link #CONTENT_SECURITY_POLICY} (no
 * inline script or style, no framing), {@code X-Content-Type-Options: nosniff},
 * {@code Referrer-Policy: no-referrer} and {@link #PERMISSIONS_POLICY}. Failed sign-ins
 * are limited per address and account, per account and per address by
 * {@link LoginThrottle}, and writes anyone can repeat are limited per address by
 * {@link RateLimitFilter}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class SecurityConfiguration {

	/** The longest address, in characters, remembered for after the sign-in. */
	static final int MAX_REMEMBERED_ADDRESS = 1_000;

	/**
	 * Scripts, styles, images and connections only from EaseBack itself: no inline
	 * script, no inline style, no plug-ins, no framing by other sites, forms post only to
	 * EaseBack. {@code data:} images are for the icons inside Swagger UI's stylesheet.
	 */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; media-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * The player keeps the screen awake and plays a chime; nothing else a browser can
	 * offer is used.
	 */
	public static final String PERMISSIONS_POLICY = "screen-wake-lock=(self), autoplay=(self), fullscreen=(self), "
			+ "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), hid=(), "
			+ "midi=(), accelerometer=(), gyroscope=(), magnetometer=(), display-capture=(), "
			+ "publickey-credentials-get=(), browsing-topics=()";

	/**
	 * The CSRF token lives in a cookie, not in a server session, so that an anonymous
	 * page view (every page renders the token in {@code <meta name="_csrf">}) writes no
	 * session row. The cookie is HttpOnly (the scripts read the token from the meta tag)
	 * and SameSite=Lax like the session cookie; requests must still send the token in a
	 * header or form field, and it must match the cookie.
	 */
	static CookieCsrfTokenRepository csrfTokens() {
		CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
		tokens.setHeaderName("X-CSRF-TOKEN");
		tokens.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Lax"));
		return tokens;
	}

	/**
	 * The private page an anonymous person asked for, remembered for the sign-in in a
	 * cookie rather than in a server session: a redirect to the sign-in page writes no
	 * session row, so anonymous traffic cannot fill the database. Only page views are
	 * remembered (an API call gets its 401), and the cookie is read back only as a path
	 * on EaseBack itself, never another site.
	 */
	static CookieRequestCache pageAskedFor() {
		CookieRequestCache cache = new CookieRequestCache();
		cache.setRequestMatcher(
				request -> "GET".equals(request.getMethod()) && !ApiProblems.isApi(request) && fitsACookie(request));
		cache.setCookieCustomizer(cookie -> cookie.setAttribute("SameSite", "Lax"));
		return cache;
	}

	/**
	 * Whether the page's address is short enough to remember: an address of thousands of
	 * characters (no link of EaseBack has one) would make a cookie larger than the
	 * response headers may be. Such a page is not remembered; signing in leads to the
	 * person's start page ({@link SignIns}).
	 */
	private static boolean fitsACookie(HttpServletRequest request) {
		String query = request.getQueryString();
		return request.getRequestURI().length() + ((query != null) ? query.length() : 0) <= MAX_REMEMBERED_ADDRESS;
	}

	/**
	 * Spring Security observes sign-ins ({@code spring.security.authentications}) but not
	 * every request's walk through its filters and access decision: those observations
	 * (two per filter and one per decision) cost every signed-in page CPU and told an
	 * operator nothing that {@code http.server.requests} does not (docs/decisions/0017).
	 */
	@Bean
	static SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.withDefaults()
			.shouldObserveRequests(false)
			.shouldObserveAuthorizations(false)
			.build();
	}

	/**
	 * The browser protections every response carries, shared with the operations chain
	 * ({@link OperationsSecurityConfiguration}).
	 */
	static void protectionHeaders(HttpSecurity http) {
		http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.frameOptions(frame -> frame.deny())
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)));
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, JsonMapper json,
			HandlerMappingIntrospector mvcHandlerMappingIntrospector, LoginThrottle throttle, RateLimiter limiter,
			List<AccessRules> modules, SignIns signIns) {
		ApiProblems problems = new ApiProblems(json);
		LoginUrlAuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
		AccessDeniedHandlerImpl pageDenied = new AccessDeniedHandlerImpl();
		SimpleUrlAuthenticationFailureHandler failed = new SimpleUrlAuthenticationFailureHandler("/login?error");
		failed.setAllowSessionCreation(false);
		CookieRequestCache askedFor = pageAskedFor();
		RedirectStrategy redirects = new DefaultRedirectStrategy();
		protectionHeaders(http);
		http.addFilterBefore(new RateLimitFilter(limiter, json), UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new LoginThrottleFilter(throttle, json), UsernamePasswordAuthenticationFilter.class);
		http.authorizeHttpRequests(requests -> requests.requestMatchers(paths(modules, AccessRules::anyone))
			.permitAll()
			.requestMatchers(paths(modules, AccessRules::therapists))
			.hasRole(Role.THERAPIST.name())
			.requestMatchers(paths(modules, AccessRules::signedIn))
			.authenticated()
			.anyRequest()
			.access(new MappedEndpointsNeedAnAccount(mvcHandlerMappingIntrospector)))
			.formLogin(form -> form.loginPage("/login")
				.usernameParameter("email")
				.passwordParameter("password")
				.successHandler((request, response, authentication) -> {
					throttle.succeeded(request.getRemoteAddr(), request.getParameter("email"));
					redirects.sendRedirect(request, response,
							signIns.landing(request, response, authentication, request.getParameter("continue"), "/"));
				})
				.failureHandler((request, response, ex) -> {
					throttle.failed(request.getRemoteAddr(), request.getParameter("email"));
					failed.onAuthenticationFailure(request, response, ex);
				})
				.permitAll())
			.requestCache(cache -> cache.requestCache(askedFor))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"))
			.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens()).requireCsrfProtectionMatcher(new CsrfRequired()))
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

	/** The paths every module declares for one kind of access. */
	static String[] paths(List<AccessRules> modules, Function<AccessRules, List<String>> kind) {
		return modules.stream().flatMap(m -> kind.apply(m).stream()).distinct().toArray(String[]::new);
	}

}
