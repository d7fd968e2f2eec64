package org.easeback.diary.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.easeback.diary.DiaryTag;
import org.easeback.diary.Entry;
import org.easeback.diary.EntryInput;
import org.easeback.shared.Region;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/**
 * The diary entry form, on the diary page and the edit page, as Spring binds it:
 * {@code takenAt} in the diary's zone (empty for now), {@code pain}, the PEG items, the
 * ticked {@code regions} each with {@code intensity[REGION]} (the overall pain when left
 * empty), {@code tags}, {@code note} and, when editing, the {@code version} last read. A
 * bean rather than a record: bound through setters, a value that does not convert is kept
 * as typed for the form shown again while the other fields still bind.
 */
class EntryForm {

	/** What a datetime-local input sends, with or without seconds. */
	static final String DATE_TIME = "yyyy-MM-dd'T'HH:mm[:ss]";

	@DateTimeFormat(pattern = DATE_TIME)
	private LocalDateTime takenAt;

	@NotNull(message = "{diary.entry.score.required}")
	@Min(value = 0, message = "{diary.entry.score.range}")
	@Max(value = 10, message = "{diary.entry.score.range}")
	private Integer pain;

	@Min(value = 0, message = "{diary.entry.score.range}")
	@Max(value = 10, message = "{diary.entry.score.range}")
	private Integer pegAverage;

	@Min(value = 0, message = "{diary.entry.score.range}")
	@Max(value = 10, message = "{diary.entry.score.range}")
	private Integer pegEnjoyment;

	@Min(value = 0, message = "{diary.entry.score.range}")
	@Max(value = 10, message = "{diary.entry.score.range}")
	private Integer pegActivity;

	private Set<Region> regions = EnumSet.noneOf(Region.class);

	private Map<Region, @Min(value = 0, message = "{diary.entry.score.range}") @Max(value = 10,
			message = "{diary.entry.score.range}") Integer> intensity = new EnumMap<>(Region.class);

	private Set<DiaryTag> tags = EnumSet.noneOf(DiaryTag.class);

	@Size(max = EntryInput.NOTE_MAX, message = "{diary.entry.note.size}")
	private String note;

	private Integer version;

	/** A new entry's form, opening at the given minute. */
	static EntryForm startingAt(LocalDateTime now) {
		EntryForm form = new EntryForm();
		form.takenAt = now.truncatedTo(ChronoUnit.MINUTES);
		return form;
	}

	/** The form of a saved entry, to change it. */
	static EntryForm of(Entry entry, ZoneId zone) {
		EntryForm form = new EntryForm();
		form.takenAt = LocalDateTime.ofInstant(entry.takenAt(), zone).truncatedTo(ChronoUnit.SECONDS);
		form.pain = entry.pain().value();
		form.pegAverage = (entry.peg().averagePain() != null) ? entry.peg().averagePain().value() : null;
		form.pegEnjoyment = (entry.peg().enjoyment() != null) ? entry.peg().enjoyment().value() : null;
		form.pegActivity = (entry.peg().activity() != null) ? entry.peg().activity().value() : null;
		entry.regions().forEach((area) -> {
			form.regions.add(area.region());
			form.intensity.put(area.region(), area.intensity().value());
		});
		form.tags.addAll(entry.tags());
		form.note = entry.note();
		form.version = entry.version();
		return form;
	}

	/**
	 * The entry as typed, for the diary's own checks: a ticked area without an intensity
	 * takes the overall pain.
	 */
	/** The field of an area's intensity, as bound: "intensity[LUMBAR_LEFT]". */
	static String intensityField(Region region) {
		return "intensity[" + region.name() + "]";
	}

	/**
	 * Refuses a strength typed for an area whose box is not ticked, at that strength:
	 * dropping it would lose what the person meant, and ticking the area for them would
	 * guess.
	 */
	void rejectStrengthsWithoutTheirArea(BindingResult binding) {
		this.intensity.forEach((region, strength) -> {
			String field = intensityField(region);
			if (strength != null && !this.regions.contains(region) && !binding.hasFieldErrors(field)) {
				binding.rejectValue(field, "diary.entry.intensity.unmarked");
			}
		});
	}

	EntryInput toInput(ZoneId zone) {
		var areas = this.regions.stream()
			.sorted()
			.map((region) -> new EntryInput.AreaInput(region,
					(this.intensity.get(region) != null) ? this.intensity.get(region) : this.pain))
			.toList();
		return new EntryInput((this.takenAt != null) ? this.takenAt.atZone(zone).toInstant() : null, this.pain,
				this.pegAverage, this.pegEnjoyment, this.pegActivity, areas, this.tags, this.note);
	}

	public LocalDateTime getTakenAt() {
		return this.takenAt;
	}

	public void setTakenAt(LocalDateTime takenAt) {
		this.takenAt = takenAt;
	}

	public Integer getPain() {
		return this.pain;
	}

	public void setPain(Integer pain) {
		this.pain = pain;
	}

	public Integer getPegAverage() {
		return this.pegAverage;
	}

	public void setPegAverage(Integer pegAverage) {
		this.pegAverage = pegAverage;
	}

	public Integer getPegEnjoyment() {
		return this.pegEnjoyment;
	}

	public void setPegEnjoyment(Integer pegEnjoyment) {
		this.pegEnjoyment = pegEnjoyment;
	}

	public Integer getPegActivity() {
		return this.pegActivity;
	}

	public void setPegActivity(Integer pegActivity) {
		this.pegActivity = pegActivity;
	}

	public Set<Region> getRegions() {
		return this.regions;
	}

	public void setRegions(Set<Region> regions) {
		this.regions = (regions != null) ? regions : EnumSet.noneOf(Region.class);
	}

	public Map<Region, Integer> getIntensity() {
		return this.intensity;
	}

	public void setIntensity(Map<Region, Integer> intensity) {
		this.intensity = intensity;
	}

	public Set<DiaryTag> getTags() {
		return this.tags;
	}

	public void setTags(Set<DiaryTag> tags) {
		this.tags = (tags != null) ? tags : EnumSet.noneOf(DiaryTag.class);
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
