package org.easeback.planner.config;

import java.time.Duration;

import org.easeback.content.ContentLibrary;
import org.easeback.planner.PlanRetention;
import org.easeback.planner.SessionPlanner;
import org.easeback.safety.SafetyCheck;

import java.util.Locale;

import org.easeback.shared.Words;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Configuration;

/** Wires the plain-Java planner into Spring. */
@Configuration(proxyBeanMethods = false)
public class PlannerConfiguration {

	// built at start even when the rest starts lazily (bench/run-jar.sh)
	@Bean
	@Lazy(false)
	SessionPlanner sessionPlanner(ContentLibrary contentLibrary, SafetyCheck safetyCheck, MessageSource messageSource) {
		return new SessionPlanner(contentLibrary, safetyCheck, Words.of(messageSource, Locale.ENGLISH));
	}

	@Bean
	PlanRetention planRetention(@Value("${easeback.plans.retention:30d}") Duration unused) {
		return new PlanRetention(unused);
	}

}
