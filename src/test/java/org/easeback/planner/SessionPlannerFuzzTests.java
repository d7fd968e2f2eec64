package org.easeback.planner;

import java.util.EnumSet;
import java.util.Set;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.easeback.content.Equipment;
import org.easeback.safety.SafetyCheckFuzzTests;
import org.easeback.shared.InvalidInputException;
import org.easeback.shared.Pressure;
import org.easeback.shared.Region;

/**
 * Fuzzes the plan request (mode, minutes in the range the API accepts, equipment, sore
 * and avoided areas, pressure, any oil id, any safety answers): the planner returns an
 * outcome or refuses the input with {@link InvalidInputException}; nothing else escapes,
 * and a plan never works an area the request avoids. Runs its saved inputs in
 * {@code ./mvnw test}; {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=SessionPlannerFuzzTests}
 * fuzzes for {@code maxDuration}.
 */
class SessionPlannerFuzzTests {

	private static final SessionPlanner PLANNER = PlannerFixtures.planner();

	private static final String[] OILS = { "oil-almond", "oil-essential-diluted", "oil-jojoba", "oil-coconut",
			"sunflower-oil", "no-such-oil" };

	@FuzzTest(maxDuration = "60s")
	void shouldPlanRefuseOrRejectAnyPlanRequest(FuzzedDataProvider data) {
		PlanRequest request = new PlanRequest(data.pickValue(Mode.values()),
				new SessionMinutes(data.consumeInt(SessionMinutes.MIN, SessionMinutes.MAX)),
				some(data, Equipment.class), some(data, Region.class), some(data, Region.class),
				data.pickValue(Pressure.values()),
				data.consumeBoolean() ? null : (data.consumeBoolean() ? data.pickValue(OILS) : data.consumeString(40)));
		try {
			PlanOutcome outcome = PLANNER.plan(request, SafetyCheckFuzzTests.input(data));
			if (outcome == null) {
				throw new AssertionError("no outcome");
			}
		}
		catch (InvalidInputException expected) {
			// bad input is refused with the fields named
		}
	}

	private static <E extends Enum<E>> Set<E> some(FuzzedDataProvider data, Class<E> type) {
		Set<E> chosen = EnumSet.noneOf(type);
		for (E value : type.getEnumConstants()) {
			if (data.consumeBoolean()) {
				chosen.add(value);
			}
		}
		return chosen;
	}

}
