package org.easeback.diary;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.easeback.shared.Region;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** The stored form of a diary entry: an aggregate with its areas and tags. */
@Table("diary_entry")
class EntryRow {

	@Id
	Long id;

	String username;

	Instant takenAt;

	int pain;

	Integer pegAverage;

	Integer pegEnjoyment;

	Integer pegActivity;

	String note;

	@Version
	Integer version;

	@MappedCollection(idColumn = "diary_entry")
	Set<RegionRow> regions = new HashSet<>();

	@MappedCollection(idColumn = "diary_entry")
	Set<TagRow> tags = new HashSet<>();

	static EntryRow of(String username, EntryInput.Valid values) {
		EntryRow row = new EntryRow();
		row.username = username;
		row.apply(values);
		return row;
	}

	void apply(EntryInput.Valid values) {
		this.takenAt = values.takenAt();
		this.pain = values.pain().value();
		this.pegAverage = value(values.peg().averagePain());
		this.pegEnjoyment = value(values.peg().enjoyment());
		this.pegActivity = value(values.peg().activity());
		this.note = values.note();
		this.regions = values.regions()
			.stream()
			.map(r -> new RegionRow(r.region(), r.intensity().value()))
			.collect(Collectors.toCollection(HashSet::new));
		this.tags = values.tags().stream().map(TagRow::new).collect(Collectors.toCollection(HashSet::new));
	}

	Entry toEntry() {
		Set<DiaryTag> tagSet = EnumSet.noneOf(DiaryTag.class);
		this.tags.forEach(t -> tagSet.add(t.tag()));
		return new Entry(this.id, this.version, this.takenAt, new PainScore(this.pain),
				new Peg(score(this.pegAverage), score(this.pegEnjoyment), score(this.pegActivity)),
				this.regions.stream()
					.sorted(Comparator.comparing(RegionRow::region))
					.map(r -> new RegionPain(r.region(), new PainScore(r.intensity())))
					.toList(),
				tagSet, this.note);
	}

	private static Integer value(PainScore score) {
		return score == null ? null : score.value();
	}

	private static PainScore score(Integer value) {
		return value == null ? null : new PainScore(value);
	}

	/** One area of an entry. */
	@Table("diary_entry_region")
	record RegionRow(Region region, int intensity) {
	}

	/** One tag of an entry. */
	@Table("diary_entry_tag")
	record TagRow(DiaryTag tag) {
	}

}
