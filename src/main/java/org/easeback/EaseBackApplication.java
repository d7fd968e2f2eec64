package org.easeback;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * EaseBack: safety check, plan, guided session, diary and therapist hand-off for lower
 * back massage and back care.
 */
@SpringBootApplication
public class EaseBackApplication {

	public static void main(String[] args) {
		SpringApplication.run(EaseBackApplication.class, args);
	}

}
