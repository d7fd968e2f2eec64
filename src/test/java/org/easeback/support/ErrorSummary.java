package org.easeback.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "Please check these answers" summary of a refused form, as the pages render it.
 */
public final class ErrorSummary {

	private static final Pattern IN_PAGE_LINK = Pattern.compile("href=\"#([^\"]+)\"");

	private ErrorSummary() {
	}

	/**
	 * Every in-page link of the summary lands on an element of the page, and there is at
	 * least one.
	 */
	public static void assertEveryLinkFindsItsElement(String page) {
		String summary = page.substring(page.indexOf("Please check these answers"));
		summary = summary.substring(0, summary.indexOf("</ul>"));
		Matcher links = IN_PAGE_LINK.matcher(summary);
		int count = 0;
		while (links.find()) {
			count++;
			assertThat(page).as("the element the summary links to").contains("id=\"" + links.group(1) + "\"");
		}
		assertThat(count).isPositive();
	}

}
