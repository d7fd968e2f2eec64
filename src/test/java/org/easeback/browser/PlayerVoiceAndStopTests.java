package org.easeback.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hands-free: with voice on, every step speaks its title, its pressure, every line and
 * its check-in; a one-sided stretch says "switch sides"; feedback belongs to its step;
 * and Stop fits who is there, with large Yes and No, a missing answer named in the page
 * and the advice shown once. {@code speechSynthesis} is replaced by a recorder.
 */
class PlayerVoiceAndStopTests extends BrowserFixture {

	private static final String RECORDER = """
			localStorage.setItem('easeback.voice', 'on');
			window.__spoken = [];
			Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: {
			  speak: (u) => window.__spoken.push(u.text), cancel: () => {}, pause: () => {}, resume: () => {},
			  getVoices: () => [], speaking: false, pending: false } });
			""";

	@SuppressWarnings("unchecked")
	private static List<String> spoken(Page page) {
		return (List<String>) page.evaluate("() => window.__spoken.splice(0)");
	}

	@Test
	@SuppressWarnings("unchecked")
	void everyStepOfAPlanIsSpokenWhole() {
		Page page = open(Viewport.PHONE);
		page.addInitScript(RECORDER);
		page.navigate(new Plans(page).player("partner"));
		List<Map<String, Object>> steps = (List<Map<String, Object>>) page
			.evaluate("() => JSON.parse(document.getElementById('plan-data').textContent).steps");
		page.locator("[data-action='start']").click();
		assertThat(page.locator("[data-action='voice']")).hasAttribute("aria-pressed", "true");
		List<String> problems = new ArrayList<>();
		for (int i = 0; i < steps.size(); i++) {
			Map<String, Object> step = steps.get(i);
			assertThat(page.locator("[data-field='progress']")).hasText("Step " + (i + 1) + " of " + steps.size());
			List<String> said = spoken(page);
			List<String> expected = new ArrayList<>();
			expected.add((String) step.get("title"));
			expected.addAll((List<String>) step.get("instructions"));
			if (Boolean.TRUE.equals(step.get("checkIn"))) {
				expected.add((String) step.get("checkInPrompt"));
			}
			if (step.get("pressure") != null) {
				expected.add(page.locator("[data-field='pressure-described']").textContent());
				if (!page.locator("[data-field='pressure-described']").textContent().contains("Discomfort at most")) {
					problems.add("step %d: no pressure words".formatted(i + 1));
				}
			}
			if (!said.containsAll(expected)) {
				problems.add("step %d said %s, not all of %s".formatted(i + 1, said, expected));
			}
			if (i < steps.size() - 1) {
				page.locator("[data-action='next']").click();
			}
		}
		assertThat(problems).isEmpty();
		page.locator("[data-action='repeat']").click();
		assertThat(spoken(page)).contains((String) steps.get(steps.size() - 1).get("title"));
	}

	@Test
	void aOneSidedHoldCountsDownSaysSwitchSidesAndCountsTheLastSecondsBeforeTheNextStep() {
		Page page = open(Viewport.PHONE);
		page.clock().install();
		page.addInitScript(RECORDER);
		page.navigate(new Plans(page).player("self"));
		int index = ((Number) page.evaluate("""
				() => JSON.parse(document.getElementById('plan-data').textContent).steps
				  .findIndex((s) => s.exercise && s.exercise.eachSide && s.exercise.holdSeconds)
				""")).intValue();
		assertThat(index).as("a one-sided hold in the self plan").isNotNegative();
		page.locator("[data-action='start']").click();
		for (int i = 0; i < index; i++) {
			page.locator("[data-action='next']").click();
		}
		spoken(page);
		assertThat(page.locator("[data-field='segment']")).containsText("Side 1 of 2");
		assertThat(page.locator("[data-action='pause']")).hasAttribute("aria-pressed", "false");
		String before = page.locator("[data-field='clock']").textContent();
		page.clock().runFor(2_000);
		assertThat(page.locator("[data-field='clock']")).not().hasText(before);
		page.locator("[data-action='pause']").click();
		assertThat(page.locator("[data-action='pause']")).hasAttribute("aria-pressed", "true");
		assertThat(page.locator("[data-field='run-state']")).hasText("Paused");
		page.locator("[data-action='pause']").click();
		page.clock().runFor(10 * 60_000);
		List<String> said = spoken(page);
		assertThat(said).contains("Switch sides: now the other side.", "3", "2", "1");
		assertThat(said).anyMatch((line) -> line.startsWith("Next: "));
	}

	@Test
	void repetitionsStopAtTheTopOfTheItemsRange() {
		Page page = open(Viewport.PHONE);
		page.navigate(new Plans(page).player("self"));
		int index = ((Number) page.evaluate("""
				() => JSON.parse(document.getElementById('plan-data').textContent).steps
				  .findIndex((s) => s.exercise && !s.exercise.holdSeconds && s.exercise.repsMax > 1)
				""")).intValue();
		assertThat(index).isNotNegative();
		int max = ((Number) page.evaluate(
				"(i) => JSON.parse(document.getElementById('plan-data').textContent).steps[i].exercise.repsMax", index))
			.intValue();
		page.locator("[data-action='start']").click();
		for (int i = 0; i < index; i++) {
			page.locator("[data-action='next']").click();
		}
		Locator rep = page.locator("[data-action='rep']");
		for (int i = 0; i < max; i++) {
			rep.click();
		}
		assertThat(rep).isDisabled();
		assertThat(page.locator("[data-field='reps']")).hasText(max + " done: that is enough.");
	}

	@Test
	void feedbackBelongsToItsStep() {
		Page page = open(Viewport.PHONE);
		page.navigate(new Plans(page).player("partner"));
		page.locator("[data-action='start']").click();
		page.locator("[data-feedback='GOOD']").click();
		assertThat(page.locator("[data-field='feedback-status']")).hasText("Good: keep this pressure.");
		page.locator("[data-action='next']").click();
		assertThat(page.locator("[data-field='feedback-status']")).hasText("");
	}

	@Test
	void stopForSomeoneAloneNamesAMissingAnswerInThePageAndGivesTheAdviceOnce() {
		Page page = open(Viewport.PHONE);
		List<String> dialogs = new ArrayList<>();
		page.onDialog((dialog) -> {
			dialogs.add(dialog.message());
			dialog.dismiss();
		});
		page.navigate(new Plans(page).player("self"));
		page.locator("[data-action='start']").click();
		page.locator("[data-action='stop']").click();
		Locator stopped = page.locator("[data-screen='stopped']");
		assertThat(stopped).not().containsText("their back");
		assertThat(stopped).containsText("Ease off the ball");
		for (String id : List.of("sharp-yes", "sharp-no")) {
			BoundingBox box = page.locator("label[for='" + id + "']").boundingBox();
			assertThat(box.height).as(id).isGreaterThanOrEqualTo(48);
			assertThat(box.width).as(id).isGreaterThanOrEqualTo(48);
		}
		page.getByText("Get advice").click();
		assertThat(page.locator("#sharp-error")).isVisible();
		assertThat(page.locator("#stop-pain-error")).isVisible();
		assertThat(page.locator("[data-field='stop-problems']")).isVisible();
		page.locator("label[for='stop-pain-4']").click();
		page.locator("label[for='sharp-no']").click();
		page.getByText("Get advice").click();
		Locator advice = page.locator("[data-advice='after']");
		assertThat(advice).isVisible();
		assertThat(page.locator("[data-advice='now']")).isHidden();
		AccessibilityTests.screenshot(page, "player-stopped-self-advice", Viewport.PHONE);
		String text = stopped.innerText();
		assertThat(text.split("over for today", -1)).as("the advice shows once").hasSize(2);
		assertThat(text).doesNotContain("their back");
		assertThat(dialogs).isEmpty();
	}

	@Test
	void stopForAGiverTellsThemToLookAfterTheReceiver() {
		Page page = open(Viewport.PHONE);
		page.navigate(new Plans(page).player("partner"));
		page.locator("[data-action='start']").click();
		page.locator("[data-action='stop']").click();
		assertThat(page.locator("[data-advice='now']")).containsText("cover their back");
		page.locator("label[for='stop-pain-8']").click();
		page.locator("label[for='sharp-no']").click();
		page.getByText("Get advice").click();
		assertThat(page.locator("[data-advice='after']")).containsText("doctor or physiotherapist");
		assertThat(page.locator("[data-advice='after']")).containsText("They need urgent care");
		AccessibilityTests.screenshot(page, "player-stopped-partner-advice", Viewport.PHONE);
	}

}
