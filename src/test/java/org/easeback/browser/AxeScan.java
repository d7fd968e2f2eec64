package org.easeback.browser;

import java.util.List;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Page;

/**
 * Runs axe-core (the copy shipped in com.deque.html.axe-core:playwright) on the current
 * page and answers its serious and critical violations, one line each. It asks axe for
 * violations only, which keeps a scan to a fraction of what {@link AxeBuilder#analyze()}
 * takes with every passing rule in the result.
 */
final class AxeScan {

	private static final String AXE = AxeBuilder.getAxeScript();

	private static final String RUN = """
			async () => {
			  const results = await axe.run(document, { resultTypes: ['violations'] });
			  return results.violations
			    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
			    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
			}
			""";

	private AxeScan() {
	}

	@SuppressWarnings("unchecked")
	static List<String> seriousOrCritical(Page page) {
		if (!(Boolean) page.evaluate("() => typeof window.axe === 'object'")) {
			page.evaluate(AXE);
		}
		return (List<String>) page.evaluate(RUN);
	}

}
