package org.easeback.planner;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.easeback.content.Equipment;
import org.easeback.safety.SafetyInput;
import org.easeback.shared.Allergen;
import org.easeback.shared.Pressure;
import org.easeback.shared.Region;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The largest plan request the API accepts (docs/reliability.md, request bodies): 60
 * minutes, every piece of equipment, every area but the spine sore, and
 * {@value SafetyInput#MAX_ALLERGIES} allergies (the four known allergens and free text of
 * {@value SafetyInput#MAX_ALLERGY_LENGTH} characters), read and planned as the API does.
 * Time per plan, one thread. Run with {@code bench/largest-plan.sh}.
 */
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@Threads(1)
@State(Scope.Benchmark)
public class LargestPlanBenchmark {

	private SessionPlanner planner;

	private PlanRequest request;

	private SafetyInput safety;

	@Setup
	public void setUp() {
		this.planner = PlannerFixtures.planner();
		EnumSet<Region> sore = EnumSet.allOf(Region.class);
		sore.remove(Region.SPINE);
		this.request = new PlanRequest(Mode.PARTNER, new SessionMinutes(SessionMinutes.MAX),
				EnumSet.allOf(Equipment.class), sore, EnumSet.noneOf(Region.class), Pressure.MEDIUM, null);
		List<String> allergies = new ArrayList<>();
		for (Allergen known : Allergen.values()) {
			allergies.add(known.name());
		}
		while (allergies.size() < SafetyInput.MAX_ALLERGIES) {
			String text = "oil number " + allergies.size() + " ";
			allergies.add(text.repeat(SafetyInput.MAX_ALLERGY_LENGTH / text.length() + 1)
				.substring(0, SafetyInput.MAX_ALLERGY_LENGTH));
		}
		this.safety = new SafetyInput(Map.of(), 40, null, null, allergies, false, List.of());
		// fail fast when the request stops being a plan: a refusal would be much cheaper
		PlannerFixtures.planned(this.planner.plan(this.request, this.safety));
	}

	@Benchmark
	public PlanOutcome largestValidRequest() {
		return this.planner.plan(this.request, this.safety);
	}

}
