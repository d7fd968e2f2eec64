package org.easeback.account.config;

import org.easeback.account.PasswordRule;

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
		return new LongPasswordsNeverMatch(PasswordEncoderFactories.createDelegatingPasswordEncoder());
	}

	/**
	 * Answers "no match" for a password longer than {@link PasswordRule} accepts, without
	 * hashing it. No stored password is that long, so it is simply wrong; bcrypt itself
	 * compares only the first 72 bytes, so it would let a 72-byte password be signed in
	 * with that password plus anything.
	 */
	static final class LongPasswordsNeverMatch implements PasswordEncoder {

		private final PasswordEncoder encoder;

		LongPasswordsNeverMatch(PasswordEncoder encoder) {
			this.encoder = encoder;
		}

		@Override
		public String encode(CharSequence rawPassword) {
			return this.encoder.encode(rawPassword);
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			return !PasswordRule.tooLong(rawPassword) && this.encoder.matches(rawPassword, encodedPassword);
		}

		@Override
		public boolean upgradeEncoding(String encodedPassword) {
			return this.encoder.upgradeEncoding(encodedPassword);
		}

	}

}
