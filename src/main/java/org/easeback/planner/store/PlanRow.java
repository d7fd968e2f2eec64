package org.easeback.planner.store;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A plan row: the plan itself is kept as JSON, it is only ever read whole. Column names
 * are spelled out in lower case so the same quoted names work on H2 and PostgreSQL.
 */
@Table("session_plan")
record PlanRow(@Id @Column("id") UUID id, @Column("created_at") Instant createdAt, @Column("mode") String mode,
		@Column("minutes") int minutes, @Column("plan_json") String planJson,
		@Version @Column("version") Long version) {

}
