package org.easeback.browser;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The steps a person takes through EaseBack with a mouse or a finger, shared by the
 * browser tests. Each step waits for what it leads to, so the tests never sleep.
 */
final class Journey {

	static final Pattern PLAYER_URL = Pattern.compile(".*/sessions/([0-9a-f-]{36})$");

	private final Page page;

	Journey(Page page) {
		this.page = page;
	}

	/** From the home page to the safety check for massaging someone. */
	Journey startMassagingSomeone() {
		this.page.navigate("/");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Massage someone")).click();
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Is a massage safe today?");
		return this;
	}

	/**
	 * Ticks the given answers, "None of these" in every other group and "no" to each
	 * follow-up that shows, types an age of 40, then sends the check.
	 */
	Journey answerTheCheck(Set<String> yes) {
		return answerTheCheck(yes, Map.of());
	}

	/**
	 * As {@link #answerTheCheck(Set)}, typing the given fields (by id without its
	 * {@code f-}) when they show: on a phone the check shows one group at a time.
	 */
	Journey answerTheCheck(Set<String> yes, Map<String, String> typed) {
		// the script hides screens in the same task that marks the form enhanced, so what
		// shows after this mark is what a person sees
		assertThat(this.page.locator("[data-check-form].enhanced")).hasCount(1);
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("age", "40");
		fields.putAll(typed);
		for (int screen = 0; screen < 10; screen++) {
			for (String id : yes) {
				Locator box = this.page.locator("#f-answers-" + id);
				if (box.isVisible()) {
					box.check();
				}
			}
			fields.forEach((id, value) -> {
				Locator input = this.page.locator("#f-" + id);
				if (input.isVisible() && input.inputValue().isEmpty()) {
					input.fill(value);
				}
			});
			Locator followUps = this.page.locator(".follow-up .yes-no");
			for (int i = 0; i < followUps.count(); i++) {
				Locator followUp = followUps.nth(i);
				if (followUp.isVisible() && followUp.locator("input:checked").count() == 0) {
					followUp.locator("input[value='no']").check();
				}
			}
			Locator groups = this.page.locator("[data-exclusive-group]");
			for (int i = 0; i < groups.count(); i++) {
				Locator group = groups.nth(i);
				boolean answered = group.locator("input[type='checkbox']:checked").count() > 0
						|| group.locator("input[type='text']").all().stream().anyMatch(t -> !t.inputValue().isEmpty());
				if (group.isVisible() && !answered) {
					group.locator("[data-none]").check();
				}
			}
			if (!nextScreen()) {
				break;
			}
		}
		sendTheCheck();
		assertThat(this.page.locator("[data-outcome]")).isVisible();
		return this;
	}

	/** On a phone, the check's Next button; false when there is none to press. */
	boolean nextScreen() {
		Locator next = this.page.locator("[data-step-next]");
		if (!next.isVisible()) {
			return false;
		}
		next.click();
		return true;
	}

	/** Presses Next until the last screen, then "See the result". */
	Journey sendTheCheck() {
		while (nextScreen()) {
			// on a phone, one screen at a time
		}
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("See the result")).click();
		return this;
	}

	/** A check with blood thinners: CAUTION, light pressure only. */
	Journey answerBloodThinners() {
		return answerTheCheck(Set.of("blood_thinners"));
	}

	Journey planWithTheChanges() {
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan with these changes")).click();
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Plan your session");
		return this;
	}

	/**
	 * Builds the session and waits for the player's start screen; answers the plan's id.
	 */
	UUID buildTheSession() {
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Build my session")).click();
		this.page.waitForURL(PLAYER_URL);
		assertThat(this.page.locator("[data-action='start']")).isVisible();
		return planId();
	}

	/**
	 * Home → check (blood thinners) → plan with the changes → the player's start screen.
	 */
	UUID reachThePlayerWithACaution() {
		startMassagingSomeone().answerBloodThinners().planWithTheChanges();
		return buildTheSession();
	}

	UUID planId() {
		var matcher = PLAYER_URL.matcher(this.page.url());
		if (!matcher.matches()) {
			throw new IllegalStateException("not on a player page: " + this.page.url());
		}
		return UUID.fromString(matcher.group(1));
	}

	/** Picks the pain before and presses Start; waits for the first step. */
	Journey start(int painBefore) {
		this.page.locator("label[for='before-" + painBefore + "']").click();
		this.page.locator("[data-action='start']").click();
		assertThat(stepScreen()).isVisible();
		assertThat(progress()).hasText(Pattern.compile("Step 1 of \\d+"));
		return this;
	}

	/** Presses Next on a step that is not the last, and waits for the next one. */
	Journey next() {
		int step = stepNumber();
		int total = totalSteps();
		this.page.locator("[data-action='next']").click();
		assertThat(progress()).hasText("Step " + (step + 1) + " of " + total);
		return this;
	}

	/**
	 * Presses Next until the aftercare screen shows; answers how many steps there were.
	 */
	int nextUntilAftercare() {
		int total = totalSteps();
		for (int step = stepNumber(); step <= total; step++) {
			assertThat(progress()).hasText("Step " + step + " of " + total);
			this.page.locator("[data-action='next']").click();
		}
		assertThat(aftercareScreen()).isVisible();
		return total;
	}

	int stepNumber() {
		return Integer.parseInt(progress().textContent().replaceAll("Step (\\d+) of \\d+", "$1"));
	}

	int totalSteps() {
		return Integer.parseInt(progress().textContent().replaceAll("Step \\d+ of (\\d+)", "$1"));
	}

	/** Chooses the pain after the session and presses Finish. */
	Journey finish(int painAfter) {
		this.page.locator("label[for='after-" + painAfter + "']").click();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Finish")).click();
		assertThat(doneScreen()).isVisible();
		return this;
	}

	Locator progress() {
		return this.page.locator("[data-field='progress']");
	}

	Locator stepScreen() {
		return this.page.locator("[data-screen='step']");
	}

	Locator aftercareScreen() {
		return this.page.locator("[data-screen='aftercare']");
	}

	Locator stoppedScreen() {
		return this.page.locator("[data-screen='stopped']");
	}

	Locator doneScreen() {
		return this.page.locator("[data-screen='done']");
	}

}
