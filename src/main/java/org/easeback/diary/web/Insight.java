package org.easeback.diary.web;

import java.util.List;
import java.util.Optional;

import org.easeback.content.ContentItem;
import org.easeback.content.ContentLibrary;
import org.easeback.diary.ChangeFigure;
import org.easeback.diary.WhatHelps;
import org.easeback.shared.Words;

/**
 * One figure of "after your sessions" in plain words, naming the kind of session or the
 * technique as the person knows it.
 *
 * @param sentence "After your 3 partner massages your pain was about 2 points lower (6 →
 * 4 on average)."
 * @param spread how much single sessions differed
 */
public record Insight(String sentence, String spread) {

	/** The figures by kind of session. */
	static List<Insight> byMode(WhatHelps figures, Words words) {
		return figures.byMode()
			.stream()
			.map((figure) -> of(figure, words.get("diary.helps.mode." + figure.group()), words))
			.toList();
	}

	/**
	 * The figures by technique, each named from the content library; a technique no
	 * longer in the library has no name to show, so it is left out rather than shown by
	 * its id.
	 */
	static List<Insight> byTechnique(WhatHelps figures, ContentLibrary library, Words words) {
		return figures.byTechnique()
			.stream()
			.map((figure) -> library.find(figure.group())
				.map(ContentItem::name)
				.map((name) -> of(figure, words.get("diary.helps.technique", name), words)))
			.flatMap(Optional::stream)
			.toList();
	}

	private static Insight of(ChangeFigure figure, String sessions, Words words) {
		return new Insight(words.get(figure.sentence(sessions)), words.get(figure.spread()));
	}

}
