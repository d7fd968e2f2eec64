package org.easeback.browser;

import java.util.Set;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journey 5: a client makes a share code; a therapist, on a device of their own, redeems
 * it, writes a SOAP note and assigns a home routine; the client then sees that routine
 * "From your therapist" when planning a session and on the hand-off page. The client's
 * email holds characters that mean something in an address, and the therapist's address
 * bar never shows it: it names the client by an opaque id.
 */
class TherapistHandoffJourneyTests extends BrowserFixture {

	private static final String OPAQUE_ID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

	@ParameterizedTest
	@EnumSource(Viewport.class)
	void aTherapistsHomeRoutineReachesTheClient(Viewport viewport) {
		Page client = open(viewport);
		String clientEmail = new Accounts(client).registerClientAndSignIn("client/" + viewport.label() + "+%?");
		client.navigate("/handoff");
		client.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make a share code")).click();
		Locator code = client.locator(".shares .share-code");
		assertThat(code).hasCount(1);
		String shareCode = code.textContent().strip();
		assertThat(shareCode).isNotBlank();

		Page therapist = openAnother(viewport);
		new Accounts(therapist).registerTherapistAndSignIn("therapist-" + viewport.label());
		therapist.navigate("/therapist");
		therapist.getByLabel("Share code from a client").fill(shareCode);
		therapist.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the hand-off")).click();
		assertThat(therapist.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(clientEmail);
		assertThat(therapist.url()).matches(".*/therapist/clients/" + OPAQUE_ID);

		Locator newNote = therapist.locator("form")
			.filter(new Locator.FilterOptions()
				.setHas(therapist.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save note"))));
		newNote.getByLabel("Visit date").fill("2026-11-20");
		newNote.getByLabel("Subjective").fill("Ache low on the left after gardening");
		newNote.getByLabel("Objective").fill("Tight left lumbar muscles");
		newNote.getByLabel("Assessment").fill("Muscular strain, no red flags");
		newNote.getByLabel("Plan").fill("Gentle stretches at home, review in two weeks");
		newNote.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save note")).click();
		Locator note = therapist.locator("article.note");
		assertThat(note).hasCount(1);
		assertThat(note).containsText("2026-11-20");
		assertThat(note).containsText("Muscular strain, no red flags");

		Locator item = therapist.getByLabel("Stretch or self-massage");
		String routine = item.locator("option").first().textContent().replaceFirst(" \\([^)]*\\)$", "");
		item.selectOption(new SelectOption().setIndex(0));
		therapist.getByLabel("How often").fill("twice a day");
		therapist.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign")).click();
		assertThat(therapist.getByText(routine + ": twice a day")).isVisible();
		therapist.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("All clients")).click();
		therapist.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(clientEmail)).click();
		assertThat(therapist.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(clientEmail);
		assertThat(therapist.url()).matches(".*/therapist/clients/" + OPAQUE_ID);

		new Journey(client).startMassagingSomeone().answerTheCheck(Set.of());
		client.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan the massage")).click();
		Locator offered = client.locator("#from-your-therapist");
		assertThat(offered.getByRole(AriaRole.HEADING)).hasText("From your therapist");
		assertThat(offered).containsText(routine + ": twice a day");
		offered.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(routine)).click();
		assertThat(client.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(routine);

		client.navigate("/handoff");
		assertThat(client.locator("#from-your-therapist")).containsText(routine + ": twice a day");
		assertThat(client.locator(".shares")).containsText("Shared with");
	}

}
