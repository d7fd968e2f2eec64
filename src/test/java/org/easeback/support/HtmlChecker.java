package org.easeback.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import nu.validator.client.EmbeddedValidator;
import org.xml.sax.SAXException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Nu Html Checker (the engine behind validator.w3.org/nu), run in-process on a page's
 * HTML. Answers the errors only, one line each with the line number and the offending
 * extract; warnings and notes are left out.
 */
public final class HtmlChecker {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private HtmlChecker() {
	}

	public static List<String> errors(String html) {
		EmbeddedValidator validator = new EmbeddedValidator();
		validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
		validator.setNoLangDetect(true);
		String report;
		try {
			report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (SAXException ex) {
			throw new IllegalStateException(ex);
		}
		List<String> errors = new ArrayList<>();
		for (JsonNode message : JSON.readTree(report).path("messages")) {
			String type = message.path("type").asString();
			if (type.equals("error") || type.equals("non-document-error")) {
				errors.add("line " + message.path("lastLine").asInt() + ": " + message.path("message").asString() + " ["
						+ message.path("extract").asString().strip() + "]");
			}
		}
		return errors;
	}

}
