package org.easeback;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the feature modules apart: each talks to another only through its API or events.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(EaseBackApplication.class);

	@Test
	void shouldKeepModuleBoundaries() {
		this.modules.verify();
	}

	@Test
	void shouldHaveEveryFeatureModuleOfTheArchitecture() {
		assertThat(this.modules.stream().map(m -> m.getIdentifier().toString())).contains("content", "safety",
				"planner", "session", "diary", "account", "handoff", "therapist", "shared", "web");
	}

	@Test
	void shouldWriteModuleDocumentation() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
