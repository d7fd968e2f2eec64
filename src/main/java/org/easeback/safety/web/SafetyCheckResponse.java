package org.easeback.safety.web;

import java.util.List;
import java.util.Set;

import org.easeback.safety.EpisodeClassification;
import org.easeback.safety.Finding;
import org.easeback.safety.Outcome;
import org.easeback.safety.PainEpisode;
import org.easeback.safety.PlanChanges;
import org.easeback.safety.Position;
import org.easeback.safety.SafetyResult;
import org.easeback.shared.Allergen;
import org.easeback.shared.Pressure;
import org.easeback.shared.Region;
import org.easeback.shared.TechniqueTag;

/** The answer of {@code POST /api/v1/safety-checks}. */
record SafetyCheckResponse(Outcome outcome, List<FindingResponse> findings, ChangesResponse changes,
		EpisodeResponse episode) {

	static SafetyCheckResponse of(SafetyResult result) {
		return new SafetyCheckResponse(result.outcome(), result.findings().stream().map(FindingResponse::of).toList(),
				ChangesResponse.of(result.changes()), result.episode().map(EpisodeResponse::of).orElse(null));
	}

	record FindingResponse(String ruleId, Outcome outcome, String reason, String source) {

		static FindingResponse of(Finding finding) {
			return new FindingResponse(finding.ruleId(), finding.outcome(), finding.reason(), finding.source());
		}

	}

	record ChangesResponse(Pressure maxPressure, Set<Region> excludedRegions, Position position,
			Set<Allergen> forbiddenAllergens, boolean essentialOilsAllowed, Set<TechniqueTag> forbiddenTechniqueTags,
			List<String> otherAllergies, List<String> advice) {

		static ChangesResponse of(PlanChanges changes) {
			return new ChangesResponse(changes.maxPressure(), changes.excludedRegions(), changes.position(),
					changes.forbiddenAllergens(), changes.essentialOilsAllowed(), changes.forbiddenTechniqueTags(),
					changes.otherAllergies(), changes.advice());
		}

	}

	record EpisodeResponse(EpisodeClassification classification, long weeks) {

		static EpisodeResponse of(PainEpisode episode) {
			return new EpisodeResponse(episode.classification(), episode.weeks());
		}

	}

}
