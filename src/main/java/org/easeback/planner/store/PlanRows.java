package org.easeback.planner.store;

import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface PlanRows extends CrudRepository<PlanRow, UUID> {

}
