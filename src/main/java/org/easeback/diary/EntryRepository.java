package org.easeback.diary;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Diary entries; every finder is scoped by username. */
interface EntryRepository extends ListCrudRepository<EntryRow, Long> {

	Optional<EntryRow> findByIdAndUsername(Long id, String username);

	long countByUsername(String username);

	@Modifying
	@Query("DELETE FROM diary_entry WHERE username = :username")
	int deleteAllOf(String username);

}
