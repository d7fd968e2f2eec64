package org.easeback.planner;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.easeback.safety.SafetyInput;
import org.easeback.shared.Pressure;
import org.easeback.shared.Region;

/**
 * The planner benchmark's requests, timed in CPU time of the one thread that plans:
 * plans per CPU-second. On a shared machine a single-threaded benchmark only gets a share
 * of a core, which wall-clock throughput (JMH) counts against the code; CPU time does not.
 * Reported next to the JMH figures by {@code bench/jmh.sh}; same requests as
 * {@link PlannerBenchmark}.
 */
public final class PlannerCpuTime {

	private PlannerCpuTime() {
	}

	public static void main(String[] args) {
		SessionPlanner planner = PlannerFixtures.planner();
		SafetyInput safety = PlannerFixtures.allClear();
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		int batch = 20_000;
		for (int minutes : new int[] { 15, 60 }) {
			PlanRequest request = PlannerFixtures.with(PlannerFixtures.partner(minutes), Set.of(Region.LUMBAR_LEFT),
					Set.of(), Pressure.MEDIUM, null);
			int sink = 0;
			for (int i = 0; i < 200_000; i++) {
				sink += planner.plan(request, safety).hashCode();
			}
			List<Double> rates = new ArrayList<>();
			for (int round = 0; round < 10; round++) {
				long start = threads.getCurrentThreadCpuTime();
				for (int i = 0; i < batch; i++) {
					sink += planner.plan(request, safety).hashCode();
				}
				rates.add(batch / ((threads.getCurrentThreadCpuTime() - start) / 1e9));
			}
			Collections.sort(rates);
			System.out.printf("CPU partner%dMinutes: median %,.0f plans per CPU-second, range %,.0f–%,.0f (10 x %,d plans)%s%n",
					minutes, (rates.get(4) + rates.get(5)) / 2, rates.get(0), rates.get(9), batch,
					(sink == 42) ? " " : "");
		}
	}

}
