package org.easeback.diary;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Diary entries; every finder is scoped by username. */
interface EntryRepository extends ListCrudRepository<EntryRow, Long> {

	Optional<EntryRow> findByIdAndUsername(Long id, String username);

	List<EntryRow> findByUsernameOrderByTakenAtDescIdDesc(String username, Pageable page);

	List<EntryRow> findByUsernameOrderByTakenAtAscIdAsc(String username);

	long countByUsername(String username);

	@Modifying
	@Query("DELETE FROM diary_entry WHERE username = :username")
	int deleteAllOf(String username);

}
