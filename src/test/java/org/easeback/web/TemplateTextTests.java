package org.easeback.web;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.attoparser.dom.DOMMarkupParser;
import org.attoparser.dom.Document;
import org.attoparser.dom.Element;
import org.attoparser.dom.INestableNode;
import org.attoparser.dom.INode;
import org.attoparser.dom.Text;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * User-facing text lives in the messages bundle ({@code messages.properties}, read with
 * {@code #{…}}), not in the templates, so every page can be offered in another language
 * and says a thing the same way everywhere. A template fails this test when it writes a
 * word as text, or in an attribute a person reads or hears ({@code title}, {@code alt},
 * {@code placeholder}, {@code aria-label}), that no Thymeleaf attribute replaces.
 * Prototype text inside an element whose {@code th:text} replaces it is allowed.
 */
class TemplateTextTests {

	private static final Path TEMPLATES = Paths.get("src", "main", "resources", "templates");

	/** Attributes that replace an element's text, so what it holds is a prototype. */
	private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:remove",
			"th:inline");

	private static final Set<String> READ_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label",
			"aria-description");

	private static final Set<String> NOT_TEXT = Set.of("script", "style");

	private static final Pattern A_WORD = Pattern.compile("\\p{L}{2,}");

	/**
	 * Inlined expressions ({@code [[…]]}, {@code [(…)]}) and character references
	 * ({@code &mdash;}) are not words.
	 */
	private static final Pattern NOT_WORDS = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]|&#?\\w+;", Pattern.DOTALL);

	@Test
	void noTemplateWritesUserFacingTextOutsideTheBundle() throws IOException {
		List<String> found = new ArrayList<>();
		for (Path template : templates()) {
			String name = TEMPLATES.relativize(template).toString();
			literalText(template).forEach(text -> found.add(name + ": " + text));
		}
		assertThat(found).as("text written into templates instead of messages.properties").isEmpty();
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
		}
	}

	static List<String> literalText(Path template) throws IOException {
		try (Reader reader = Files.newBufferedReader(template, StandardCharsets.UTF_8)) {
			Document document = new DOMMarkupParser(ParseConfiguration.htmlConfiguration()).parse(template.toString(),
					reader);
			List<String> found = new ArrayList<>();
			collect(document, false, isFragments(document), found);
			return found;
		}
		catch (ParseException ex) {
			throw new IOException(template + " is not readable markup", ex);
		}
	}

	/**
	 * A file of fragments (one that declares them below its html element) has a head only
	 * to preview them, which nobody sees; a page's head title is shown.
	 */
	private static boolean isFragments(INestableNode node) {
		for (Object child : node.getChildren()) {
			if (child instanceof Element e
					&& ((!e.getElementName().equalsIgnoreCase("html") && e.hasAttribute("th:fragment"))
							|| isFragments(e))) {
				return true;
			}
		}
		return false;
	}

	private static void collect(INestableNode parent, boolean replaced, boolean skipHead, List<String> found) {
		for (Object child : parent.getChildren()) {
			INode node = (INode) child;
			if (node instanceof Text text && !replaced && isWords(text.getContent())) {
				found.add(text.getContent().strip().replaceAll("\\s+", " "));
			}
			else if (node instanceof Element element) {
				String name = element.getElementName().toLowerCase();
				READ_ATTRIBUTES.stream()
					.filter(element::hasAttribute)
					.filter(a -> !element.hasAttribute("th:" + a) && !attrSets(element, a))
					.filter(a -> isWords(element.getAttributeValue(a)))
					.forEach(a -> found.add(a + "=\"" + element.getAttributeValue(a) + "\""));
				// a page hands its own title and main to the layout from its html element
				boolean replacing = !name.equals("html") && REPLACING.stream().anyMatch(element::hasAttribute);
				if (!NOT_TEXT.contains(name) && !(skipHead && name.equals("head"))) {
					collect(element, replaced || replacing, skipHead, found);
				}
			}
		}
	}

	/** Whether {@code th:attr} sets this attribute. */
	private static boolean attrSets(Element element, String attribute) {
		String attr = element.getAttributeValue("th:attr");
		return attr != null && Pattern.compile("(^|,)\\s*" + Pattern.quote(attribute) + "\\s*=").matcher(attr).find();
	}

	private static boolean isWords(String text) {
		return text != null && A_WORD.matcher(NOT_WORDS.matcher(text).replaceAll("")).find();
	}

}
