package org.easeback.handoff;

import java.time.Instant;
import java.util.List;

import org.easeback.safety.Outcome;
import org.easeback.shared.InvalidInputException;
import org.easeback.shared.Region;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The hand-off's storage, written once and run on H2 and on PostgreSQL: intakes with
 * optimistic locking, share codes (single use, expiring, revocable) and the latest safety
 * check.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class HandoffStoreTests {

	@Autowired
	Intakes intakes;

	@Autowired
	Shares shares;

	@Autowired
	SafetyCheckRecords checks;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anIntakeIsStoredAndReadBackTheSameWithItsVersion() {
		String alice = HandoffFixtures.someone();
		assertThat(this.intakes.find(alice)).isEqualTo(StoredIntake.NONE);

		StoredIntake saved = this.intakes.save(alice, 0, HandoffFixtures.fullIntake());
		StoredIntake read = this.intakes.find(alice);

		assertThat(read.version()).isEqualTo(1);
		assertThat(read.intake()).isEqualTo(HandoffFixtures.fullIntake());
		assertThat(read.intake().avoidAreasInOrder()).containsExactly(Region.FLANK_LEFT, Region.SACRUM);
		assertThat(saved.version()).isEqualTo(1);
	}

	@Test
	void theLargestIntakeWithinEveryFieldsLimitIsStoredAndReadBackTheSame() {
		String alice = HandoffFixtures.someone();
		Intake largest = HandoffFixtures.largestIntake();

		this.intakes.save(alice, 0, largest);
		this.intakes.save(alice, 1, largest);

		assertThat(this.intakes.find(alice).intake()).isEqualTo(largest);
		assertThat(this.intakes.find(alice).version()).isEqualTo(2);
	}

	@Test
	void aSafetyCheckWithManyLongReasonsIsKeptWhole() {
		String alice = HandoffFixtures.someone();
		List<String> reasons = java.util.stream.IntStream.range(0, 200)
			.mapToObj(i -> HandoffFixtures.text("reason " + i, 300))
			.toList();
		LatestSafetyCheck check = new LatestSafetyCheck(Outcome.CAUTION, reasons,
				Instant.parse("2026-03-02T10:15:30Z"));

		this.checks.record(alice, check);

		assertThat(this.checks.latest(alice)).contains(check);
	}

	@Test
	void aSaveBasedOnAnOldVersionFailsInsteadOfOverwriting() {
		String alice = HandoffFixtures.someone();
		this.intakes.save(alice, 0, HandoffFixtures.fullIntake());
		this.intakes.save(alice, 1, Intake.EMPTY);

		assertThatThrownBy(() -> this.intakes.save(alice, 1, HandoffFixtures.fullIntake()))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThatThrownBy(() -> this.intakes.save(alice, 0, HandoffFixtures.fullIntake()))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(this.intakes.find(alice).intake()).isEqualTo(Intake.EMPTY);
	}

	@Test
	void anIntakeWithBadFieldsNamesEveryOne() {
		Intake bad = new Intake(List.of(" "), null, List.of(new Intake.Surgery(1800, "")), null, null, null, null, null,
				"knee-to-chest", null, null);

		assertThatThrownBy(() -> this.intakes.save(HandoffFixtures.someone(), 0, bad)).isInstanceOfSatisfying(
				InvalidInputException.class, ex -> assertThat(ex.problems()).extracting(p -> p.field())
					.containsExactly("conditions[0]", "surgeries[0].year", "surgeries[0].area", "preferredModality"));
	}

	@Test
	void aShareCodeWorksOnceAndGivesAccessUntilRevoked() {
		String client = HandoffFixtures.someone();
		String therapist = HandoffFixtures.someone();
		ShareView share = this.shares.create(client);
		assertThat(share.code()).hasSizeGreaterThanOrEqualTo(8).matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]+");

		SharedClient shared = this.shares.redeem(therapist, share.code().toLowerCase());
		assertThat(shared.client()).isEqualTo(client);
		assertThat(this.shares.clientOf(therapist, shared.id())).contains(client);
		assertThat(this.shares.clientsOf(therapist)).containsExactly(shared);
		assertThat(this.shares.forClient(client)).singleElement()
			.satisfies(s -> assertThat(s.therapist()).isEqualTo(therapist));
		assertThatThrownBy(() -> this.shares.redeem(HandoffFixtures.someone(), share.code()))
			.isInstanceOf(InvalidInputException.class);

		assertThat(this.shares.revoke(client, share.id())).isTrue();
		assertThat(this.shares.clientOf(therapist, shared.id())).isEmpty();
		assertThat(this.shares.clientsOf(therapist)).isEmpty();
		assertThat(this.shares.forClient(client)).isEmpty();
	}

	@Test
	void aClientsIdNamesThemOnlyForTheTherapistWhoRedeemedTheShare() {
		String client = HandoffFixtures.someone();
		String therapist = HandoffFixtures.someone();
		String another = HandoffFixtures.someone();
		SharedClient shared = this.shares.redeem(therapist, this.shares.create(client).code());
		SharedClient sharedWithAnother = this.shares.redeem(another, this.shares.create(client).code());

		assertThat(this.shares.clientOf(another, shared.id())).isEmpty();
		assertThat(this.shares.clientOf(therapist, sharedWithAnother.id())).isEmpty();
		assertThat(this.shares.clientOf(another, sharedWithAnother.id())).contains(client);
		assertThat(shared.id()).isNotEqualTo(sharedWithAnother.id());
	}

	@Test
	void aClientWhoSharesTwiceWithOneTherapistIsListedOnceUnderTheEarliestShare() {
		String client = HandoffFixtures.someone();
		String therapist = HandoffFixtures.someone();
		ShareView first = this.shares.create(client);
		SharedClient shared = this.shares.redeem(therapist, first.code());

		assertThat(this.shares.redeem(therapist, this.shares.create(client).code())).isEqualTo(shared);
		assertThat(this.shares.clientsOf(therapist)).containsExactly(shared);

		this.shares.revoke(client, first.id());
		assertThat(this.shares.clientsOf(therapist)).singleElement().satisfies(s -> {
			assertThat(s.client()).isEqualTo(client);
			assertThat(s.id()).isNotEqualTo(shared.id());
		});
		assertThat(this.shares.clientOf(therapist, shared.id())).isEmpty();
	}

	@Test
	void aCodeOlderThanSevenDaysCannotBeRedeemed() {
		String client = HandoffFixtures.someone();
		ShareView share = this.shares.create(client);
		this.jdbc.sql("UPDATE handoff_share SET expires_at = created_at - INTERVAL '1' DAY WHERE id = ?")
			.param(share.id())
			.update();

		assertThatThrownBy(() -> this.shares.redeem(HandoffFixtures.someone(), share.code()))
			.isInstanceOf(InvalidInputException.class);
		assertThat(this.shares.forClient(client)).isEmpty();
	}

	@Test
	void aClientCannotRevokeAnotherClientsShare() {
		ShareView share = this.shares.create(HandoffFixtures.someone());

		assertThat(this.shares.revoke(HandoffFixtures.someone(), share.id())).isFalse();
	}

	@Test
	void onlyTheLatestSafetyCheckIsKept() {
		String alice = HandoffFixtures.someone();
		this.checks.record(alice, new LatestSafetyCheck(Outcome.CAUTION, List.of("first"), Instant.now()));
		this.checks.record(alice,
				new LatestSafetyCheck(Outcome.SEE_CLINICIAN, List.of("Numbness in the groin"), Instant.now()));

		assertThat(this.checks.latest(alice)).get().satisfies(c -> {
			assertThat(c.outcome()).isEqualTo(Outcome.SEE_CLINICIAN);
			assertThat(c.reasons()).containsExactly("Numbness in the groin");
		});
	}

}
