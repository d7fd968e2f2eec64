package org.easeback.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the path it was asked for, so the navigation can mark the current
 * section with {@code aria-current} (Thymeleaf 3.1 no longer exposes the request).
 */
@ControllerAdvice
class CurrentPathAdvice {

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI();
	}

}
