package org.easeback;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The safety and planner domains are plain Java: Spring stays in their {@code config} and
 * {@code web} subpackages, so the rules can be unit-tested without a container.
 */
class DomainPurityTests {

	private static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.easeback");

	@Test
	void shouldKeepSpringOutOfTheSafetyDomain() {
		assertDomainIsPlainJava("org.easeback.safety");
	}

	@Test
	void shouldKeepSpringOutOfThePlannerDomain() {
		assertDomainIsPlainJava("org.easeback.planner");
	}

	private static void assertDomainIsPlainJava(String domainPackage) {
		assertThat(classes.stream().filter(c -> c.getPackageName().equals(domainPackage)).count())
			.as("classes found in %s, so the rule checks something", domainPackage)
			.isGreaterThan(3);
		noClasses().that()
			.resideInAPackage(domainPackage)
			.and()
			.doNotHaveSimpleName("package-info")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.springframework..")
			.because("the domain is plain Java; Spring belongs in config and web")
			.check(classes);
	}

}
