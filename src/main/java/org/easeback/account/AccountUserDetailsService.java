package org.easeback.account;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Lets Spring Security's form login find accounts by email. */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	AccountUserDetailsService(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Account account = this.accounts.findByEmail(Accounts.normalise(username))
			.orElseThrow(() -> new UsernameNotFoundException("no such account"));
		return User.withUsername(account.getEmail())
			.password(account.getPasswordHash())
			.authorities(account.getRole().authority())
			.build();
	}

}
