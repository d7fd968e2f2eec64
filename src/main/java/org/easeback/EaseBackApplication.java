package org.easeback;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.core.metrics.jfr.FlightRecorderApplicationStartup;

/**
 * EaseBack: safety check, plan, guided session, diary and therapist hand-off for lower
 * back massage and back care.
 */
@SpringBootApplication
public class EaseBackApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(EaseBackApplication.class);
		// -Deaseback.startup-steps=jfr records each start-up step (bean instantiation,
		// configuration parsing…) with its duration as a Flight Recorder event, for a
		// recording started with -XX:StartFlightRecording (docs/performance.md).
		if ("jfr".equals(System.getProperty("easeback.startup-steps"))) {
			application.setApplicationStartup(new FlightRecorderApplicationStartup());
		}
		application.run(args);
	}

}
