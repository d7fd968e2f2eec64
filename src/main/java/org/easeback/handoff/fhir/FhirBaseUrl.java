package org.easeback.handoff.fhir;

import java.net.URI;
import java.net.URISyntaxException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The base of EaseBack's FHIR canonical URLs (the intake Questionnaire is
 * {@code <base>/Questionnaire/easeback-intake}).
 * <p>
 * {@code easeback.fhir.base-url} sets it, for example
 * {@code https://easeback.example/fhir}: set it wherever exports leave the machine, so
 * every export names the same canonical whichever address it was made through. Unset, it
 * is the address of this server's own {@code /fhir} as the request reached it (scheme,
 * host, port, context path), where the Questionnaire is published, so the canonical
 * resolves; behind a proxy that needs {@code server.forward-headers-strategy}. A set
 * value must be an absolute http(s) URL without query or fragment, or the application
 * does not start.
 */
@Component
public class FhirBaseUrl {

	/** The property that sets the base. */
	public static final String PROPERTY = "easeback.fhir.base-url";

	private final String configured;

	FhirBaseUrl(@Value("${" + PROPERTY + ":}") String configured) {
		this.configured = configured == null || configured.isBlank() ? null : checked(configured.trim());
	}

	/** A fixed base (tests, tools). */
	public static FhirBaseUrl of(String base) {
		return new FhirBaseUrl(base);
	}

	/**
	 * The base, without a trailing slash.
	 * @throws IllegalStateException when none is set and there is no current request to
	 * derive it from
	 */
	public String get() {
		if (this.configured != null) {
			return this.configured;
		}
		if (RequestContextHolder.getRequestAttributes() == null) {
			throw new IllegalStateException(
					"Set " + PROPERTY + ": outside a request there is no address to derive the FHIR base from");
		}
		return ServletUriComponentsBuilder.fromCurrentContextPath().path("/fhir").build().toUriString();
	}

	private static String checked(String value) {
		try {
			URI uri = new URI(value);
			if (!uri.isAbsolute() || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null
					|| !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
				throw new IllegalStateException(
						PROPERTY + " must be an absolute http(s) URL without query or fragment, for example "
								+ "https://easeback.example/fhir; it is '" + value + "'");
			}
			return value.replaceAll("/+$", "");
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(PROPERTY + " is not a URL: '" + value + "'", ex);
		}
	}

}
