package org.easeback.account.config;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Writes a new session attribute as an insert-or-update. Two requests of one session at
 * once (a double-tapped Save, two tabs) can both add the same attribute, such as the
 * confirmation a saved form leaves for the next page; the store's plain insert then fails
 * the second request on the attributes' primary key. PostgreSQL gets Spring Session's own
 * upsert statements; H2 its {@code MERGE ... KEY} form.
 */
final class SessionAttributeUpserts implements SessionRepositoryCustomizer<JdbcIndexedSessionRepository> {

	static final String H2_MERGE = "MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES) "
			+ "KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)";

	private final DataSource dataSource;

	SessionAttributeUpserts(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void customize(JdbcIndexedSessionRepository store) {
		String product = product();
		if ("PostgreSQL".equals(product)) {
			new PostgreSqlJdbcIndexedSessionRepositoryCustomizer().customize(store);
		}
		else if ("H2".equals(product)) {
			store.setCreateSessionAttributeQuery(H2_MERGE);
		}
	}

	private String product() {
		try {
			return JdbcUtils.extractDatabaseMetaData(this.dataSource, DatabaseMetaData::getDatabaseProductName);
		}
		catch (MetaDataAccessException ex) {
			// the store keeps its portable statements; a rare race stays a rare 500
			return "";
		}
	}

}
