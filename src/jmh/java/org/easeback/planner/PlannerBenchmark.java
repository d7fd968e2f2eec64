package org.easeback.planner;

import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.easeback.safety.SafetyInput;
import org.easeback.shared.Pressure;
import org.easeback.shared.Region;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Planner throughput, one thread: plans per second for a typical partner plan (bed, oil,
 * towels, pillow; one sore spot; medium pressure; every safety answer no) of 15 and of
 * 60 minutes, on the real content and the real safety rules. Run with
 * {@code bench/jmh.sh}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(3)
@Threads(1)
@State(Scope.Benchmark)
public class PlannerBenchmark {

	private SessionPlanner planner;

	private PlanRequest fifteen;

	private PlanRequest sixty;

	private SafetyInput safety;

	@Setup
	public void setUp() {
		this.planner = PlannerFixtures.planner();
		this.fifteen = typical(15);
		this.sixty = typical(60);
		this.safety = PlannerFixtures.allClear();
		// fail fast when the request stops being a plan: a refusal would be much cheaper
		PlannerFixtures.planned(this.planner.plan(this.fifteen, this.safety));
		PlannerFixtures.planned(this.planner.plan(this.sixty, this.safety));
	}

	private static PlanRequest typical(int minutes) {
		return PlannerFixtures.with(PlannerFixtures.partner(minutes), Set.of(Region.LUMBAR_LEFT), Set.of(),
				Pressure.MEDIUM, null);
	}

	@Benchmark
	public PlanOutcome partner15Minutes() {
		return this.planner.plan(this.fifteen, this.safety);
	}

	@Benchmark
	public PlanOutcome partner60Minutes() {
		return this.planner.plan(this.sixty, this.safety);
	}

}
