package org.easeback.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.easeback.shared.FieldProblem;
import org.easeback.shared.InvalidInputException;
import org.easeback.shared.StorableText;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses a form or query parameter whose text cannot be stored the same on both
 * databases (a NUL character; {@link StorableText}, hazard H43) before any controller
 * reads it. The pages read their forms in several ways (a bound form object, a map of
 * every parameter, single parameters), so the check sits in front of all of them rather
 * than in each. An API answers {@code 400} problem+json naming the parameter; a page
 * answers with the error page, which names the field and says what to do
 * ({@code messages.properties}, {@code unstorable.*}). JSON bodies are checked as they
 * are read ({@link StrictJsonInput}).
 */
@Component
class StorableParameters implements WebMvcConfigurer, HandlerInterceptor {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		// the error page of a refused request sees the same parameters
		if (request.getDispatcherType() != DispatcherType.REQUEST || !(handler instanceof HandlerMethod)) {
			return true;
		}
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			for (String value : parameter.getValue()) {
				// null where a wrapper of a PUT or DELETE form lists a name without a
				// value
				if (value != null) {
					StorableText.flaw(value).ifPresent((flaw) -> {
						throw new UnstorableParameter(parameter.getKey(), flaw);
					});
				}
			}
		}
		return true;
	}

	/** A parameter whose text cannot be stored: a {@code 400} naming it. */
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	static final class UnstorableParameter extends InvalidInputException {

		private final String name;

		private final StorableText.Flaw flaw;

		UnstorableParameter(String name, StorableText.Flaw flaw) {
			super(List.of(new FieldProblem(name, flaw.message())));
			this.name = name;
			this.flaw = flaw;
		}

		/** The parameter's name, as the form sent it. */
		String name() {
			return this.name;
		}

		/** What is wrong with its text. */
		StorableText.Flaw flaw() {
			return this.flaw;
		}

	}

}
