package org.easeback.safety.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The deployment's emergency numbers as the model's {@code emergency}, for every page
 * that may say what to do now (safety/urgent.html): the check's result and the planner's
 * refusal, which cannot reach this package itself. It reads the numbers too, so a web
 * slice that picks up the advice has them.
 */
@ControllerAdvice
@EnableConfigurationProperties(EmergencyNumbers.class)
class EmergencyNumbersOnEveryPage {

	private final EmergencyNumbers emergency;

	EmergencyNumbersOnEveryPage(EmergencyNumbers emergency) {
		this.emergency = emergency;
	}

	@ModelAttribute("emergency")
	EmergencyNumbers emergency() {
		return this.emergency;
	}

}
