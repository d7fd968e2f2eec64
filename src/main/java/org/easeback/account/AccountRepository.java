package org.easeback.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Accounts by email. */
interface AccountRepository extends ListCrudRepository<Account, Long> {

	Optional<Account> findByEmail(String email);

	boolean existsByEmail(String email);

	List<Account> findAllByEmailIn(Collection<String> emails);

}
