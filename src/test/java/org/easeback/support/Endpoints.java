package org.easeback.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every endpoint the running application maps, read from its own handler mappings (the
 * controllers' and Actuator's), so tests over "every endpoint" pick up new ones without
 * being edited.
 */
public final class Endpoints {

	private Endpoints() {
	}

	/** One method on one path pattern, for example {@code POST /api/v1/diary/entries}. */
	public record Endpoint(String method, String pattern) implements Comparable<Endpoint> {

		/** The pattern with every {@code {variable}} and {@code **} filled in. */
		public String examplePath(String value) {
			return this.pattern.replaceAll("\\{[^}]+\\}", value).replace("/**", "/" + value).replace("*", value);
		}

		public boolean changesState() {
			return !Set.of("GET", "HEAD", "OPTIONS", "TRACE").contains(this.method);
		}

		@Override
		public int compareTo(Endpoint other) {
			return toString().compareTo(other.toString());
		}

		@Override
		public String toString() {
			return this.method + " " + this.pattern;
		}

	}

	/**
	 * Every mapped method and pattern; a mapping without methods counts as GET and POST.
	 */
	public static Set<Endpoint> of(ApplicationContext context) {
		Set<Endpoint> endpoints = new TreeSet<>();
		for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()) {
			for (Map.Entry<RequestMappingInfo, ?> entry : mapping.getHandlerMethods().entrySet()) {
				RequestMappingInfo info = entry.getKey();
				List<String> methods = new ArrayList<>();
				for (RequestMethod method : info.getMethodsCondition().getMethods()) {
					methods.add(method.name());
				}
				if (methods.isEmpty()) {
					methods.addAll(List.of("GET", "POST"));
				}
				for (String pattern : info.getPatternValues()) {
					for (String method : methods) {
						endpoints.add(new Endpoint(method, pattern));
					}
				}
			}
		}
		return endpoints;
	}

}
