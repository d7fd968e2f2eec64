package org.easeback.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.easeback.EaseBackApplication;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/** The safety domain is plain Java: Spring stays in its config and web packages. */
class SafetyArchitectureTests {

	private static final Path DOMAIN = Path.of("src/main/java/org/easeback/safety");

	@Test
	void safetyDomainClassesImportNothingFromSpring() throws IOException {
		List<Path> domain;
		try (Stream<Path> files = Files.list(DOMAIN)) {
			domain = files.filter(p -> p.toString().endsWith(".java")).toList();
		}
		assertThat(domain).as("the domain sources are found, so this test checks something").hasSizeGreaterThan(10);
		for (Path file : domain) {
			assertThat(Files.readString(file)).as(file.toString()).doesNotContain("org.springframework");
		}
	}

	@Test
	void springIsOnlyUsedInTheConfigAndWebPackages() throws IOException {
		try (Stream<Path> files = Files.walk(DOMAIN)) {
			List<Path> spring = files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
				try {
					return Files.readString(p).contains("import org.springframework");
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			}).toList();
			assertThat(spring).isNotEmpty()
				.allSatisfy(p -> assertThat(DOMAIN.relativize(p).toString()).matches("(config|web)/.*"));
		}
	}

	@Test
	void theApplicationModulesRespectTheirBoundaries() {
		ApplicationModules.of(EaseBackApplication.class).verify();
	}

}
