package org.easeback.account;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.easeback.shared.FieldProblem;
import org.easeback.shared.InvalidInputException;
import org.easeback.shared.StorableText;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration, password change and deletion of accounts. The username of an account is
 * its email address, trimmed and in lower case.
 */
@Service
public class Accounts {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	/** Most characters in a display name (the column's width). */
	public static final int MAX_DISPLAY_NAME = 80;

	private final AccountRepository repository;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final SignedInSessions sessions;

	private final Clock clock;

	private final MessageSource messages;

	Accounts(AccountRepository repository, PasswordEncoder passwords, ApplicationEventPublisher events,
			SignedInSessions sessions, Clock clock, MessageSource messages) {
		this.repository = repository;
		this.passwords = passwords;
		this.events = events;
		this.sessions = sessions;
		this.clock = clock;
		this.messages = messages;
	}

	/** The username for what someone typed as their email. */
	public static String normalise(String email) {
		return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
	}

	/**
	 * Creates an account.
	 * @throws InvalidInputException naming {@code email}, {@code password} or
	 * {@code role}
	 */
	@Transactional
	public AccountView register(String email, String password, Role role) {
		return register(email, password, role, null);
	}

	/**
	 * Creates an account with the name its owner wants to be known by.
	 * @param displayName optional: blank is none
	 * @throws InvalidInputException naming {@code email}, {@code password}, {@code role}
	 * or {@code displayName}
	 */
	@Transactional
	public AccountView register(String email, String password, Role role, String displayName) {
		String username = normalise(email);
		List<FieldProblem> problems = new ArrayList<>();
		String name = tidy(displayName);
		displayNameProblem(name).ifPresent(problems::add);
		if (username.length() > 254 || !EMAIL.matcher(username).matches()) {
			problems.add(problem("email", "account.problem.email"));
		}
		else if (this.repository.existsByEmail(username)) {
			problems.add(problem("email", "account.problem.emailTaken"));
		}
		PasswordRule.problem(password, username).ifPresent(p -> problems.add(new FieldProblem("password", p)));
		if (role == null) {
			problems.add(problem("role", "account.problem.role"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Account account = this.repository
			.save(new Account(null, username, this.passwords.encode(password), role, Instant.now(this.clock), name));
		return view(account);
	}

	/**
	 * Sets or, when blank, removes the name the account's owner is known by.
	 * @throws InvalidInputException naming {@code displayName}
	 */
	@Transactional
	public void changeDisplayName(String username, String displayName) {
		Account account = existing(username);
		String name = tidy(displayName);
		displayNameProblem(name).ifPresent(problem -> {
			throw new InvalidInputException(List.of(problem));
		});
		account.setDisplayName(name);
		this.repository.save(account);
	}

	/**
	 * The display names of those of {@code usernames} who gave one, by username (for
	 * pages that list people, such as a therapist's clients).
	 */
	@Transactional(readOnly = true)
	public Map<String, String> displayNames(Collection<String> usernames) {
		Map<String, String> names = new HashMap<>();
		if (usernames.isEmpty()) {
			return names;
		}
		this.repository.findAllByEmailIn(usernames)
			.stream()
			.filter(a -> a.getDisplayName() != null)
			.forEach(a -> names.put(a.getEmail(), a.getDisplayName()));
		return names;
	}

	/** Spaces around a name are dropped, and a blank name is none. */
	private static String tidy(String displayName) {
		return (displayName == null || displayName.isBlank()) ? null : displayName.strip();
	}

	private Optional<FieldProblem> displayNameProblem(String name) {
		if (name == null) {
			return Optional.empty();
		}
		if (name.length() > MAX_DISPLAY_NAME || name.chars().anyMatch(Character::isISOControl)) {
			return Optional.of(problem("displayName", "account.problem.displayName"));
		}
		return StorableText.problem("displayName", name);
	}

	/** The account of {@code username}, if it exists. */
	public Optional<AccountView> find(String username) {
		return this.repository.findByEmail(normalise(username)).map(Accounts::view);
	}

	/**
	 * Replaces the password after checking the current one and ends the account's other
	 * sessions, so whoever may have learnt the old password is signed out too.
	 * @param keepSessionId the id of the session the change was made in, which stays
	 * signed in (null ends every session)
	 * @throws InvalidInputException naming {@code currentPassword} or {@code newPassword}
	 */
	@Transactional
	public void changePassword(String username, String currentPassword, String newPassword, String keepSessionId) {
		Account account = existing(username);
		if (currentPassword == null || !this.passwords.matches(currentPassword, account.getPasswordHash())) {
			throw new InvalidInputException(List.of(problem("currentPassword", "account.problem.currentPassword")));
		}
		PasswordRule.problem(newPassword, account.getEmail()).ifPresent(p -> {
			throw new InvalidInputException("newPassword", p);
		});
		account.setPasswordHash(this.passwords.encode(newPassword));
		this.repository.save(account);
		this.sessions.endAllBut(account.getEmail(), keepSessionId);
	}

	/**
	 * Deletes the account and, through {@link AccountDeleted}, everything every module
	 * holds about it; signs it out everywhere.
	 * @throws InvalidInputException naming {@code confirmEmail} when it is not the
	 * account's email
	 */
	@Transactional
	public void delete(String username, String confirmEmail) {
		Account account = existing(username);
		if (!account.getEmail().equals(normalise(confirmEmail))) {
			throw new InvalidInputException(List.of(problem("confirmEmail", "account.problem.confirmEmail")));
		}
		this.repository.delete(account);
		this.events.publishEvent(new AccountDeleted(account.getEmail()));
		this.sessions.endAll(account.getEmail());
	}

	/** A problem worded in messages.properties, shared by the pages and the API. */
	private FieldProblem problem(String field, String key) {
		return new FieldProblem(field, this.messages.getMessage(key, null, LocaleContextHolder.getLocale()));
	}

	private Account existing(String username) {
		return this.repository.findByEmail(normalise(username))
			.orElseThrow(() -> new IllegalStateException("the signed-in account no longer exists"));
	}

	private static AccountView view(Account account) {
		return new AccountView(account.getEmail(), account.getRole(), account.getCreatedAt(), account.getDisplayName());
	}

}
