package org.easeback.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.easeback.shared.AccessRules;
import org.junit.jupiter.api.Test;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each module declares who may use its own addresses, and only its own: the security
 * configuration collects the rules instead of one module listing everyone's paths.
 */
@SpringBootTest
class ModuleAccessRulesTests {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	List<AccessRules> rules;

	@Test
	void everyAddressOfAModuleIsDeclaredByThatModuleAndByNoOther() {
		List<Address> addresses = addresses();
		assertThat(addresses).hasSizeGreaterThan(40);

		for (Address address : addresses) {
			List<String> declaring = this.rules.stream()
				.filter(r -> patterns(r).anyMatch(p -> p.matches(PathContainer.parsePath(address.example()))))
				.map(ModuleAccessRulesTests::module)
				.distinct()
				.toList();
			assertThat(declaring).as(address.pattern() + " of the " + address.module() + " module")
				.containsExactly(address.module());
		}
	}

	/** Every address an EaseBack controller maps, with a concrete example of it. */
	private List<Address> addresses() {
		List<Address> addresses = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : this.mappings.getHandlerMethods().entrySet()) {
			Class<?> controller = mapping.getValue().getBeanType();
			if (!controller.getName().startsWith("org.easeback.")) {
				continue;
			}
			for (String pattern : mapping.getKey().getPatternValues()) {
				addresses.add(new Address(module(controller), pattern, pattern.replaceAll("\\{[^}]+}", "x")));
			}
		}
		return addresses;
	}

	private static Stream<PathPattern> patterns(AccessRules rules) {
		return Stream.of(rules.anyone(), rules.signedIn(), rules.therapists())
			.flatMap(List::stream)
			.map(PathPatternParser.defaultInstance::parse);
	}

	private static String module(AccessRules rules) {
		return module(AopUtils.getTargetClass(rules));
	}

	/** {@code org.easeback.diary.web.X} belongs to {@code diary}. */
	private static String module(Class<?> type) {
		return type.getName().split("\\.")[2];
	}

	record Address(String module, String pattern, String example) {
	}

}
