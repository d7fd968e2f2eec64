package org.easeback.account.config;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.easeback.account.Role;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * Where a person lands after signing in or registering, and the sign-in that registering
 * includes.
 * <p>
 * The landing is, in order: the private page they asked for before the sign-in page (the
 * cookie {@link SecurityConfiguration#pageAskedFor()} keeps), a {@code continue} address
 * a link of EaseBack gave them (only a path on EaseBack itself, so no link can send
 * someone to another site after signing in), or their role's start page: the dashboard
 * for a therapist, the home page for a client.
 */
@Component
public class SignIns {

	/**
	 * A path on this site: one slash then anything but a second slash or a backslash
	 * (which browsers read as another host), and no spaces or control characters.
	 */
	private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[^\\s\\\\\\p{Cntrl}]*");

	private final CookieRequestCache askedFor = SecurityConfiguration.pageAskedFor();

	private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	/**
	 * What form login does on success: a new session id (against session fixation) and a
	 * new CSRF token.
	 */
	private final SessionAuthenticationStrategy sessions = new CompositeSessionAuthenticationStrategy(
			List.of(new ChangeSessionIdAuthenticationStrategy(),
					new CsrfAuthenticationStrategy(SecurityConfiguration.csrfTokens())));

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	private final UserDetailsService users;

	SignIns(UserDetailsService users) {
		this.users = users;
	}

	/** Whether {@code address} is a path on EaseBack that is safe to send someone to. */
	public static boolean isLocalPath(String address) {
		return address != null && address.length() <= SecurityConfiguration.MAX_REMEMBERED_ADDRESS
				&& LOCAL_PATH.matcher(address).matches();
	}

	/**
	 * Signs in the account just registered, as the sign-in form would: its password was
	 * checked by the registration, so it is not hashed a second time.
	 */
	public Authentication signIn(String username, HttpServletRequest request, HttpServletResponse response) {
		UserDetails user = this.users.loadUserByUsername(username);
		Authentication who = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
		this.sessions.onAuthentication(who, request, response);
		SecurityContext context = this.holder.createEmptyContext();
		context.setAuthentication(who);
		this.holder.setContext(context);
		this.contexts.saveContext(context, request, response);
		return who;
	}

	/**
	 * Where to send {@code who} now that they are signed in.
	 * @param continueTo the address a link asked for, or null
	 * @param otherwise where a client goes when nothing was asked for
	 */
	public String landing(HttpServletRequest request, HttpServletResponse response, Authentication who,
			String continueTo, String otherwise) {
		SavedRequest saved = this.askedFor.getRequest(request, response);
		if (saved != null) {
			this.askedFor.removeRequest(request, response);
			return saved.getRedirectUrl();
		}
		if (isLocalPath(continueTo)) {
			return continueTo;
		}
		boolean therapist = who.getAuthorities()
			.stream()
			.anyMatch(a -> Role.THERAPIST.authority().equals(a.getAuthority()));
		return therapist ? "/therapist" : otherwise;
	}

}
