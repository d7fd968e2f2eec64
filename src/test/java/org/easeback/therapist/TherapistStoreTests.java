package org.easeback.therapist;

import java.time.LocalDate;
import java.util.Set;

import org.easeback.handoff.AssignedRoutine;
import org.easeback.handoff.HandoffFixtures;
import org.easeback.handoff.ShareView;
import org.easeback.handoff.Shares;
import org.easeback.shared.InvalidInputException;
import org.easeback.shared.Region;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The therapist module's storage, on H2 and on PostgreSQL: SOAP notes keep every version,
 * stale amendments fail, and nothing works without a share.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class TherapistStoreTests {

	@Autowired
	SoapNotes notes;

	@Autowired
	HomeRoutines routines;

	@Autowired
	Shares shares;

	String client;

	String therapist;

	/** The id the therapist names the client by. */
	String clientId;

	ShareView share;

	@BeforeEach
	void aClientSharesWithATherapist() {
		this.client = HandoffFixtures.someone();
		this.therapist = HandoffFixtures.someone();
		this.share = this.shares.create(this.client);
		this.clientId = this.shares.redeem(this.therapist, this.share.code()).id().toString();
	}

	@Test
	void anAmendmentAddsAVersionAndKeepsTheEarlierOne() {
		SoapNote note = this.notes.write(this.therapist, this.clientId, LocalDate.of(2026, 3, 2), new SoapContent(
				"Stiff after sitting", "Tight right lumbar", "Muscular", "Weekly", Set.of(Region.LUMBAR_RIGHT)));

		SoapNote amended = this.notes
			.amend(this.therapist, this.clientId, note.id(), 1,
					new SoapContent("Stiff after sitting", "Tight left lumbar", "Muscular", "Weekly",
							Set.of(Region.LUMBAR_LEFT)),
					"wrong side")
			.orElseThrow();

		assertThat(amended.versions()).extracting(SoapNote.Version::version).containsExactly(1, 2);
		assertThat(amended.versions().get(0).content().objective()).isEqualTo("Tight right lumbar");
		assertThat(amended.current().content().marks()).containsExactly(Region.LUMBAR_LEFT);
		assertThat(amended.current().reason()).isEqualTo("wrong side");
		assertThat(this.notes.list(this.therapist, this.clientId)).containsExactly(amended);
	}

	@Test
	void anAmendmentOfAnOldVersionFails() {
		SoapNote note = this.notes.write(this.therapist, this.clientId, LocalDate.of(2026, 3, 2),
				new SoapContent("S", "O", "A", "P", null));
		this.notes.amend(this.therapist, this.clientId, note.id(), 1, new SoapContent("S2", "O", "A", "P", null), "x");

		assertThatThrownBy(() -> this.notes.amend(this.therapist, this.clientId, note.id(), 1,
				new SoapContent("S3", "O", "A", "P", null), "y"))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(this.notes.list(this.therapist, this.clientId).get(0).current().content().subjective())
			.isEqualTo("S2");
	}

	@Test
	void nothingWorksForATherapistAfterTheClientRevokes() {
		this.notes.write(this.therapist, this.clientId, LocalDate.of(2026, 3, 2),
				new SoapContent("S", "", "", "", null));
		this.shares.revoke(this.client, this.share.id());

		assertThatThrownBy(() -> this.notes.list(this.therapist, this.clientId)).isInstanceOf(ClientNotShared.class);
		assertThatThrownBy(() -> this.routines.assign(this.therapist, this.clientId, "cat-cow", "daily"))
			.isInstanceOf(ClientNotShared.class);
	}

	@Test
	void anotherTherapistHoldingTheIdFindsNoClient() {
		String another = HandoffFixtures.someone();
		this.shares.redeem(another, this.shares.create(HandoffFixtures.someone()).code());

		assertThatThrownBy(() -> this.notes.list(another, this.clientId)).isInstanceOf(ClientNotShared.class);
		assertThatThrownBy(() -> this.routines.assignedBy(another, this.clientId)).isInstanceOf(ClientNotShared.class);
	}

	@Test
	void theClientsEmailIsNotAnIdEvenForTheTherapistTheyShareWith() {
		assertThatThrownBy(() -> this.notes.list(this.therapist, this.client)).isInstanceOf(ClientNotShared.class);
		assertThatThrownBy(() -> this.notes.list(this.therapist, this.clientId.toUpperCase()))
			.isInstanceOf(ClientNotShared.class);
		assertThatThrownBy(() -> this.notes.list(this.therapist, null)).isInstanceOf(ClientNotShared.class);
	}

	@Test
	void aClientWhoSharesAgainAfterRevokingHasANewIdAndTheNotesComeBack() {
		this.notes.write(this.therapist, this.clientId, LocalDate.of(2026, 3, 2),
				new SoapContent("S", "", "", "", null));
		this.shares.revoke(this.client, this.share.id());

		String again = this.shares.redeem(this.therapist, this.shares.create(this.client).code()).id().toString();

		assertThat(again).isNotEqualTo(this.clientId);
		assertThatThrownBy(() -> this.notes.list(this.therapist, this.clientId)).isInstanceOf(ClientNotShared.class);
		assertThat(this.notes.list(this.therapist, again)).singleElement()
			.satisfies(n -> assertThat(n.client()).isEqualTo(this.client));
	}

	@Test
	void aHomeRoutineIsAStretchOrSelfMassageWithHowOften() {
		this.routines.assign(this.therapist, this.clientId, "cat-cow", "twice a day");

		assertThat(this.routines.forClient(this.client)).singleElement().satisfies(r -> {
			assertThat(r.itemId()).isEqualTo("cat-cow");
			assertThat(r.howOften()).isEqualTo("twice a day");
		});
		assertThatThrownBy(() -> this.routines.assign(this.therapist, this.clientId, "swedish-massage", ""))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems()).extracting(p -> p.field()).containsExactly("itemId", "howOften"));
	}

	@Test
	void aRoutineIsOfferedAndListedInTheOrderTheTherapistAssignedIt() {
		for (String item : new String[] { "glute-bridge", "cat-cow", "pelvic-tilt" }) {
			this.routines.assign(this.therapist, this.clientId, item, "daily");
		}

		assertThat(this.routines.forClient(this.client)).extracting(AssignedRoutine::itemId)
			.containsExactly("glute-bridge", "cat-cow", "pelvic-tilt");
		assertThat(this.routines.assignedBy(this.therapist, this.clientId)).extracting(AssignedRoutine::itemId)
			.containsExactly("glute-bridge", "cat-cow", "pelvic-tilt");
	}

	@Test
	void deletingAnAccountRemovesItsNotesAndRoutines() {
		this.notes.write(this.therapist, this.clientId, LocalDate.of(2026, 3, 2),
				new SoapContent("S", "", "", "", null));
		this.routines.assign(this.therapist, this.clientId, "cat-cow", "daily");

		this.notes.deleteAll(this.client);
		this.routines.deleteAll(this.client);

		assertThat(this.notes.about(this.client)).isEmpty();
		assertThat(this.routines.forClient(this.client)).isEmpty();
	}

}
