package org.easeback.safety.config;

import java.time.Clock;

import org.easeback.safety.SafetyCheck;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the plain-Java safety check into Spring. It uses a {@link Clock} bean when the
 * application defines one (tests fix the date that way) and the system clock otherwise.
 */
@Configuration(proxyBeanMethods = false)
public class SafetyConfiguration {

	// built at start even when the rest starts lazily (bench/run-jar.sh)
	@Bean
	@Lazy(false)
	SafetyCheck safetyCheck(Clock clock) {
		return new SafetyCheck(clock);
	}

}
