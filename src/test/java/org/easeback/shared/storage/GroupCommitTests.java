package org.easeback.shared.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The acknowledgement rule of group commit: a caller returns only after a write that
 * started after it called, and many callers share one write.
 */
class GroupCommitTests {

	private final ExecutorService callers = Executors.newCachedThreadPool();

	@AfterEach
	void stop() {
		this.callers.shutdownNow();
	}

	@Test
	void aCallerAloneRunsOneWriteItself() {
		AtomicInteger writes = new AtomicInteger();
		GroupCommit commits = new GroupCommit(writes::incrementAndGet);

		commits.awaitWritten();
		commits.awaitWritten();

		assertThat(writes).hasValue(2);
	}

	@Test
	void callersDuringAWriteWaitForTheNextWriteAndShareIt() throws Exception {
		CountDownLatch firstWriteStarted = new CountDownLatch(1);
		CountDownLatch releaseFirstWrite = new CountDownLatch(1);
		AtomicInteger writes = new AtomicInteger();
		GroupCommit commits = new GroupCommit(() -> {
			if (writes.incrementAndGet() == 1) {
				firstWriteStarted.countDown();
				await(releaseFirstWrite);
			}
		});
		CompletableFuture<Void> first = CompletableFuture.runAsync(commits::awaitWritten, this.callers);
		assertThat(firstWriteStarted.await(10, TimeUnit.SECONDS)).isTrue();

		// these commit while the first write runs: it may have missed them
		List<CompletableFuture<Integer>> later = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			later.add(CompletableFuture.supplyAsync(() -> {
				commits.awaitWritten();
				return writes.get();
			}, this.callers));
		}
		Thread.sleep(200);
		assertThat(later).as("nobody is answered by a write that started before it").noneMatch(f -> f.isDone());
		releaseFirstWrite.countDown();

		first.get(10, TimeUnit.SECONDS);
		for (CompletableFuture<Integer> f : later) {
			assertThat(f.get(10, TimeUnit.SECONDS)).as("writes done when answered").isGreaterThanOrEqualTo(2);
		}
		assertThat(writes.get()).as("the five share one write after the first").isEqualTo(2);
	}

	@Test
	void aFailedWriteIsThrownAndAcknowledgesNobodyAndTheNextCallerWritesAgain() {
		AtomicInteger writes = new AtomicInteger();
		GroupCommit commits = new GroupCommit(() -> {
			if (writes.incrementAndGet() == 1) {
				throw new IllegalStateException("disk full");
			}
		});

		assertThatThrownBy(commits::awaitWritten).hasMessage("disk full");
		commits.awaitWritten();

		assertThat(writes).hasValue(2);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
