package org.easeback.account.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are hashed with bcrypt through a delegating encoder, which stores the
 * algorithm id with the hash ({@code {bcrypt}...}) so the algorithm can change later
 * without locking anyone out.
 */
@Configuration(proxyBeanMethods = false)
public class PasswordConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
