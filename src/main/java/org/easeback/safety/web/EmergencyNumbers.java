package org.easeback.safety.web;

import java.net.URI;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Whom an urgent result tells the person to call, set by the deployment for its country
 * ({@code easeback.emergency.*}). The defaults are the United Kingdom's, where the
 * articles and guidelines behind the check come from.
 *
 * @param number the emergency number, for symptoms that are severe or getting worse fast
 * @param urgentCareNumber the number for urgent care that is not an emergency
 * @param urgentCareUrl where to find urgent care nearby
 */
@Validated
@ConfigurationProperties("easeback.emergency")
public record EmergencyNumbers(@DefaultValue("999") @Pattern(regexp = DIALLABLE) String number,
		@DefaultValue("111") @Pattern(regexp = DIALLABLE) String urgentCareNumber,
		@DefaultValue("https://111.nhs.uk/") @NotNull URI urgentCareUrl) {

	/** What a {@code tel:} link may carry: digits, with a leading plus for abroad. */
	static final String DIALLABLE = "\\+?[0-9]+";

}
