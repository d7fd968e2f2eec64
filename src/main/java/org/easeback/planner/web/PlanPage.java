package org.easeback.planner.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.easeback.content.ContentItem;
import org.easeback.content.Equipment;
import org.easeback.planner.Mode;
import org.easeback.shared.Pressure;
import org.easeback.shared.TherapistRoutine;

/**
 * Everything the plan form page shows besides the form's own values (public for the
 * template engine).
 *
 * @param safety the safety answers the page carries on, as hidden fields
 * @param messages what is wrong with the answers, by field and in the summary
 * @param nothingLeft why no step is left to do, or {@code null} when that is not so
 * @param cap the firmest pressure the safety check allows
 * @param fromTherapist the home routine of a signed-in client, or empty
 * @param oils the oils and lotions to choose from
 */
public record PlanPage(Map<String, List<String>> safety, PlanFormMessages messages, NothingLeft nothingLeft,
		Pressure cap, List<TherapistRoutine.Item> fromTherapist, List<ContentItem> oils) {

	/**
	 * Why no step is left to do, with the notes on what was left out.
	 *
	 * @param reason one sentence
	 * @param notes one per item left out
	 */
	public record NothingLeft(String reason, List<String> notes) {
	}

	public List<Mode> modes() {
		return List.of(Mode.values());
	}

	public List<Equipment> equipmentChoices() {
		return List.of(Equipment.values());
	}

	/** The pressures offered: none firmer than the cap. */
	public List<Pressure> pressures() {
		return Arrays.stream(Pressure.values()).filter(p -> p.compareTo(this.cap) <= 0).toList();
	}

	public boolean pressureCapped() {
		return this.cap != Pressure.FIRM;
	}

	/** The pressure to show as chosen: the form's, never above the cap. */
	public Pressure checkedPressure(PlanForm form) {
		return form.pressure() == null ? null : form.pressure().cappedAt(this.cap);
	}

	/** The safety answers as hidden fields, one per value. */
	public List<Map.Entry<String, String>> safetyFields() {
		List<Map.Entry<String, String>> fields = new ArrayList<>();
		this.safety.forEach((name, values) -> values.forEach(v -> fields.add(Map.entry(name, v))));
		return fields;
	}

}
