package org.easeback.handoff;

import java.util.LinkedHashMap;
import java.util.Map;

import org.easeback.account.PersonalDataContributor;
import org.easeback.shared.InvalidInputException;
import org.easeback.shared.UnreadableJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * The hand-off's part of "download everything": the intake, the latest safety check and
 * every share (with who redeemed it and when it was revoked is not kept apart: revoked
 * shares are listed too). Import restores the intake only, into an account without one;
 * shares are consent given at a time and are never re-created by an import.
 */
@Component
class HandoffPersonalData implements PersonalDataContributor {

	private final Intakes intakes;

	private final SafetyCheckRecords checks;

	private final Shares shares;

	private final JsonMapper json;

	HandoffPersonalData(Intakes intakes, SafetyCheckRecords checks, Shares shares, JsonMapper json) {
		this.intakes = intakes;
		this.checks = checks;
		this.shares = shares;
		this.json = json;
	}

	@Override
	public String section() {
		return "handoff";
	}

	@Override
	public Object export(String username) {
		Map<String, Object> section = new LinkedHashMap<>();
		StoredIntake intake = this.intakes.find(username);
		section.put("intake", intake.version() == 0 ? null : intake.intake());
		section.put("latestSafetyCheck", this.checks.latest(username).orElse(null));
		section.put("shares", this.shares.history(username));
		return section;
	}

	@Override
	public long count(String username) {
		return this.intakes.find(username).version() == 0 ? 0 : 1;
	}

	@Override
	public long countNew(String username, JsonNode section) {
		return (read(section) != null && count(username) == 0) ? 1 : 0;
	}

	@Override
	public long importSection(String username, JsonNode section) {
		long added = 0;
		LatestSafetyCheck check = readCheck(section);
		if (check != null && this.checks.latest(username).isEmpty()) {
			this.checks.record(username, check);
			added++;
		}
		Intake intake = read(section);
		if (intake != null && count(username) == 0) {
			try {
				this.intakes.save(username, 0, intake);
			}
			catch (InvalidInputException ex) {
				throw ex.within("handoff.intake");
			}
			added++;
		}
		return added;
	}

	private LatestSafetyCheck readCheck(JsonNode section) {
		JsonNode check = section == null ? null : section.get("latestSafetyCheck");
		if (check == null || check.isNull()) {
			return null;
		}
		try {
			LatestSafetyCheck read = this.json.treeToValue(check, LatestSafetyCheck.class);
			if (read.outcome() == null || read.checkedAt() == null) {
				throw new InvalidInputException("handoff.latestSafetyCheck", "needs outcome and checkedAt");
			}
			return read;
		}
		catch (JacksonException ex) {
			throw UnreadableJson.refusal("handoff.latestSafetyCheck", ex);
		}
	}

	private Intake read(JsonNode section) {
		JsonNode intake = section == null ? null : section.get("intake");
		if (intake == null || intake.isNull()) {
			return null;
		}
		try {
			return this.json.treeToValue(intake, Intake.class);
		}
		catch (JacksonException ex) {
			throw UnreadableJson.refusal("handoff.intake", ex);
		}
	}

}
