package org.easeback.handoff;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.easeback.content.ContentLibrary;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Renders the one-page summary ({@code templates/handoff/summary.html}) to XHTML, for the
 * browser and, through {@link SummaryPdf}, for the PDF. One template serves both.
 */
@Component
public class SummaryPages {

	private final ITemplateEngine templates;

	private final ApplicationContext context;

	private final SummaryPdf pdf;

	private final DateTimeFormatter dates;

	/**
	 * The page's stylesheet, inlined into the PDF (browsers load it as /css/summary.css).
	 */
	private static final String SUMMARY_CSS = readStylesheet("summary.css");

	/** The figures' stylesheet, inlined into each SVG of the PDF. */
	private static final String FIGURES_CSS = readStylesheet("figures.css");

	private static String readStylesheet(String name) {
		try (var in = SummaryPages.class.getResourceAsStream("/static/css/" + name)) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.IOException | NullPointerException ex) {
			throw new IllegalStateException("static/css/" + name + " is missing from the application", ex);
		}
	}

	private final ContentLibrary library;

	SummaryPages(ITemplateEngine templates, ApplicationContext context, SummaryPdf pdf, ContentLibrary library,
			Clock clock) {
		this.library = library;
		this.templates = templates;
		this.context = context;
		this.pdf = pdf;
		this.dates = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).withZone(clock.getZone());
	}

	/**
	 * The summary page.
	 * @param paper {@link Paper#A4} or {@link Paper#LETTER} for a PDF; null for the
	 * browser, which prints on the paper the printer has
	 * @param backLink where the page's "back" link goes (not shown in print)
	 */
	public String html(HandoffSummary summary, Paper paper, String backLink) {
		Context model = new Context(Locale.UK);
		model.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.context, null));
		model.setVariable("summary", summary);
		model.setVariable("printMap",
				PrintedBodyMap.of(this.library.bodyMapView(summary.intake().intake().avoidAreasInOrder())));
		model.setVariable("dates", this.dates);
		model.setVariable("backLink", backLink);
		model.setVariable("forPdf", paper != null);
		model.setVariable("summaryCss", SUMMARY_CSS);
		model.setVariable("figuresCss", paper == null ? null : FIGURES_CSS);
		model.setVariable("pageCss",
				paper == null ? "@page { margin: 12mm; }" : "@page { size: " + paper.css + "; margin: 12mm; }");
		return this.templates.process("handoff/summary", model);
	}

	/** The summary as a PDF on the given paper. */
	public byte[] pdf(HandoffSummary summary, Paper paper) {
		return this.pdf.render(html(summary, paper, null));
	}

	/**
	 * The summary page as the answer to a browser (the client's own and the therapist's
	 * copy are the same page, only the back link differs).
	 */
	public ResponseEntity<String> htmlResponse(HandoffSummary summary, String backLink) {
		return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(html(summary, null, backLink));
	}

	/**
	 * The summary as a PDF answer, shown in the browser and saved as
	 * {@code easeback-handoff.pdf}.
	 * @param paper the {@code paper} parameter: {@code letter}, or A4 otherwise
	 */
	public ResponseEntity<byte[]> pdfResponse(HandoffSummary summary, String paper) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"easeback-handoff.pdf\"")
			.body(pdf(summary, Paper.of(paper)));
	}

	/** Paper sizes of the PDF. */
	public enum Paper {

		/** ISO A4, 210 x 297 mm. */
		A4("A4"),
		/** US Letter, 8.5 x 11 in. */
		LETTER("letter");

		private final String css;

		Paper(String css) {
			this.css = css;
		}

		/** The paper for a request parameter: "letter" or anything else for A4. */
		public static Paper of(String parameter) {
			return "letter".equalsIgnoreCase(parameter) ? LETTER : A4;
		}

	}

}
