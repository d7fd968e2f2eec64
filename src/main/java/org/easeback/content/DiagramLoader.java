package org.easeback.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code diagrams.yaml}: a map from item id to diagram. Unknown ids are refused,
 * every technique, self-massage and stretch must have a diagram, and each diagram follows
 * {@link DiagramRules}. All problems are reported together, naming the file and the item.
 */
final class DiagramLoader {

	private DiagramLoader() {
	}

	static Map<String, Diagram> load(NamedText file, List<ContentItem> items) {
		ContentProblems problems = new ContentProblems();
		Map<String, ContentItem> byId = new LinkedHashMap<>();
		items.forEach(item -> byId.put(item.id(), item));
		Map<String, Diagram> diagrams = new LinkedHashMap<>();
		Map<?, ?> top = Yamls.map(file, problems);
		Object entries = (top == null) ? null : top.get("diagrams");
		if (top != null && !(entries instanceof Map<?, ?>)) {
			problems.file(file.name(), "needs a map under 'diagrams', from item id to diagram");
		}
		if (entries instanceof Map<?, ?> map) {
			map.forEach((key, value) -> {
				String id = String.valueOf(key);
				ContentItem item = byId.get(id);
				if (item == null) {
					problems.item(file.name(), id, "unknown item id (no library item has it)");
				}
				else if (!(value instanceof Map<?, ?> body)) {
					problems.item(file.name(), id, "a diagram must be a map");
				}
				else {
					RawItem raw = new RawItem(body, file.name(), id, problems);
					Diagram diagram = DiagramParser.parse(raw);
					if (diagram != null) {
						DiagramRules.check(diagram, item, raw);
						diagrams.put(id, diagram);
					}
				}
			});
		}
		items.stream()
			.filter(item -> item.kind().practice() && !diagrams.containsKey(item.id()))
			.filter(item -> !(entries instanceof Map<?, ?> map && map.containsKey(item.id())))
			.forEach(item -> problems.item(file.name(), item.id(),
					"needs a diagram (every technique, self-massage and stretch has one)"));
		problems.throwIfAny();
		return diagrams;
	}

}
