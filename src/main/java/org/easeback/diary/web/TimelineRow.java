package org.easeback.diary.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormatSymbols;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.easeback.diary.Entry;
import org.easeback.diary.RegionPain;
import org.easeback.shared.Region;

import org.springframework.context.MessageSource;

/**
 * One entry of the diary page's timeline with its text ready to show, its words from
 * messages.properties and its time in the reader's zone and locale.
 *
 * @param id the entry's id, for its change and delete links
 * @param takenAt when, e.g. "Mon 16 Jun 2025, 08:30" in the reader's zone and locale
 * @param pain overall pain, 0 to 10
 * @param peg "(PEG 4.3)" when all three PEG items were answered, else null
 * @param areas the areas with their intensities, e.g. "Lower back, left side (7), Sacrum
 * (5)", or null
 * @param tags the tags' words in the order the form lists them, e.g. "morning, stress",
 * or null
 * @param note the note, or null
 * @param editHref the entry's edit page, e.g. "/diary/entries/42/edit"
 * @param deleteAction where its delete button posts, e.g. "/diary/entries/42/delete"
 */
public record TimelineRow(long id, String takenAt, int pain, String peg, String areas, String tags, String note,
		String editHref, String deleteAction) {

	/**
	 * The rows of a timeline page.
	 * @param contextPath the application's context path ("" at the root), for the links
	 * @param messages the words: "diary.timeline.*", "diary.tag.*"
	 * @param areaNames the body map's name of each area
	 */
	static List<TimelineRow> of(List<Entry> entries, ZoneId zone, Locale locale, String contextPath,
			MessageSource messages, Function<Region, String> areaNames) {
		Words words = new Words(messages, locale,
				DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", locale).withZone(zone),
				DecimalFormatSymbols.getInstance(locale).getDecimalSeparator(), areaNames);
		String entryPath = contextPath + "/diary/entries/";
		return entries.stream().map((entry) -> of(entry, words, entryPath)).toList();
	}

	private static TimelineRow of(Entry entry, Words words, String entryPath) {
		Double score = entry.peg().score();
		return new TimelineRow(entry.id(), words.when().format(entry.takenAt()), entry.pain().value(),
				(score != null) ? words.say("diary.timeline.peg", oneDecimal(score, words.decimalSeparator())) : null,
				areas(entry.regions(), words), tags(entry, words), entry.note(), entryPath + entry.id() + "/edit",
				entryPath + entry.id() + "/delete");
	}

	/**
	 * Like Thymeleaf's #numbers.formatDecimal(value, 1, 1), which the page used before.
	 */
	private static String oneDecimal(double value, char decimalSeparator) {
		return BigDecimal.valueOf(value)
			.setScale(1, RoundingMode.HALF_EVEN)
			.toPlainString()
			.replace('.', decimalSeparator);
	}

	private static String areas(List<RegionPain> regions, Words words) {
		if (regions.isEmpty()) {
			return null;
		}
		return regions.stream()
			.map((area) -> words.say("diary.timeline.area", words.areaNames().apply(area.region()),
					area.intensity().value()))
			.collect(Collectors.joining(", "));
	}

	private static String tags(Entry entry, Words words) {
		if (entry.tags().isEmpty()) {
			return null;
		}
		return entry.tags()
			.stream()
			.sorted()
			.map((tag) -> words.say("diary.tag." + tag.name()))
			.collect(Collectors.joining(", "));
	}

	/** The words and formats of one reader. */
	private record Words(MessageSource messages, Locale locale, DateTimeFormatter when, char decimalSeparator,
			Function<Region, String> areaNames) {

		String say(String key, Object... arguments) {
			return this.messages.getMessage(key, arguments, this.locale);
		}

	}

}
