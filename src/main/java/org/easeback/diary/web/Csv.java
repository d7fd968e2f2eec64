package org.easeback.diary.web;

import java.util.List;

/**
 * Writes CSV as RFC 4180 describes it (CRLF line ends; a field with a comma, quote or
 * line break in double quotes, quotes doubled) and defuses spreadsheet formulas: a cell
 * that starts with {@code = + - @}, a tab or a carriage return gets a leading single
 * quote, so a note like {@code =HYPERLINK(...)} stays text.
 */
final class Csv {

	private Csv() {
	}

	/** One line, with its CRLF. */
	static String line(List<String> cells) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				line.append(',');
			}
			line.append(cell(cells.get(i)));
		}
		return line.append("\r\n").toString();
	}

	/** One field, defused and quoted when needed; null is empty. */
	static String cell(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		String text = value;
		char first = text.charAt(0);
		if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
			text = "'" + text;
		}
		if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

}
