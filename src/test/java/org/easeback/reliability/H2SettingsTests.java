package org.easeback.reliability;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default database (an H2 file, application.properties) runs with the settings its
 * URL asks for, as H2 itself reports them: nothing in the other tests would notice one
 * dropped from the URL or given another value.
 * <ul>
 * <li>{@code WRITE_DELAY=0}: every commit is in the file before it returns (hazard H37;
 * CrashConsistencyOnH2Tests shows what is lost without it).</li>
 * <li>{@code CACHE_SIZE=1024} (KB, H2's default 16 MB): fewer full collections and a
 * shorter tail under a plans load, because the pages each commit writes, and the entries
 * the cache keeps for pages it evicted, leave it before they are promoted to the old
 * generation (docs/performance.md, rounds 11 and 12).</li>
 * </ul>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class H2SettingsTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theDefaultDatabaseRunsWithTheSettingsOfItsUrl() {
		Map<String, String> settings = this.jdbc
			.query("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS",
					(rs, n) -> Map.entry(rs.getString(1), String.valueOf(rs.getString(2))))
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
		assertThat(settings).containsEntry("WRITE_DELAY", "0").containsEntry("info.CACHE_MAX_SIZE", "1");
	}

}
