package org.easeback.planner.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Writes that arrive while another is being written go to the database together, and
 * nobody is answered before their own write is done.
 */
class GroupCommitTests {

	private final ExecutorService threads = Executors.newFixedThreadPool(8);

	private final List<List<String>> batches = Collections.synchronizedList(new ArrayList<>());

	private final List<String> alone = Collections.synchronizedList(new ArrayList<>());

	private final HeldWrite firstWrite = new HeldWrite();

	@AfterEach
	void stopThreads() {
		this.threads.shutdownNow();
	}

	@Test
	void aLoneWriteIsWrittenAtOnceOnItsOwn() {
		GroupCommit<String> commit = new GroupCommit<>(1, this.batches::add, this.alone::add);

		commit.write("a");

		assertThat(this.alone).containsExactly("a");
		assertThat(this.batches).isEmpty();
		assertThat(commit.waiting()).isZero();
	}

	@Test
	void writesThatArriveDuringAWriteGoTogetherInTheNextOne() throws Exception {
		GroupCommit<String> commit = new GroupCommit<>(1, this.batches::add, (item) -> {
			this.firstWrite.holdIfFirst(item);
			this.alone.add(item);
		});
		List<Future<?>> others = queueBehindTheFirstWrite(commit, "b", "c", "d");

		assertThat(others).noneMatch(Future::isDone);
		this.firstWrite.release();
		for (Future<?> other : others) {
			other.get(5, TimeUnit.SECONDS);
		}

		assertThat(this.alone).containsExactly("first");
		assertThat(this.batches).hasSize(1);
		assertThat(this.batches.get(0)).containsExactlyInAnyOrder("b", "c", "d");
	}

	@Test
	void upToTheGivenNumberOfWritersWriteAtOnceWithoutWaiting() throws Exception {
		CountDownLatch bothStarted = new CountDownLatch(2);
		CountDownLatch release = new CountDownLatch(1);
		GroupCommit<String> commit = new GroupCommit<>(2, this.batches::add, (item) -> {
			bothStarted.countDown();
			await(release);
			this.alone.add(item);
		});
		Future<?> a = this.threads.submit(() -> commit.write("a"));
		Future<?> b = this.threads.submit(() -> commit.write("b"));
		// both are inside their write at the same time: neither waited for the other
		await(bothStarted);
		Future<?> c = this.threads.submit(() -> commit.write("c"));
		waitUntil(() -> commit.waiting() == 1);
		release.countDown();
		for (Future<?> write : List.of(a, b, c)) {
			write.get(5, TimeUnit.SECONDS);
		}

		assertThat(this.alone).containsExactlyInAnyOrder("a", "b", "c");
	}

	@Test
	void aCallerWhoseItemAnotherWriterTookWaitsForThatWriteEvenWhenAWriterIsFree() throws Exception {
		CountDownLatch aloneStarted = new CountDownLatch(2);
		CountDownLatch releaseA = new CountDownLatch(1);
		CountDownLatch releaseB = new CountDownLatch(1);
		CountDownLatch groupStarted = new CountDownLatch(1);
		CountDownLatch releaseGroup = new CountDownLatch(1);
		GroupCommit<String> commit = new GroupCommit<>(2, (items) -> {
			groupStarted.countDown();
			await(releaseGroup);
			this.batches.add(items);
		}, (item) -> {
			aloneStarted.countDown();
			await(item.equals("a") ? releaseA : releaseB);
			this.alone.add(item);
		});
		Future<?> a = this.threads.submit(() -> commit.write("a"));
		Future<?> b = this.threads.submit(() -> commit.write("b"));
		await(aloneStarted);
		// c queues before d (two threads submitted together may queue in either order)
		Future<?> c = this.threads.submit(() -> commit.write("c"));
		waitUntil(() -> commit.waiting() == 1);
		Future<?> d = this.threads.submit(() -> commit.write("d"));
		waitUntil(() -> commit.waiting() == 2);
		// a's slot frees up: c or d takes both as a group and stays in it; then b's slot
		// frees
		releaseA.countDown();
		await(groupStarted);
		a.get(5, TimeUnit.SECONDS);
		releaseB.countDown();
		b.get(5, TimeUnit.SECONDS);
		// neither c nor d is answered while their group is still being written
		Thread.sleep(50);
		assertThat(c.isDone()).isFalse();
		assertThat(d.isDone()).isFalse();

		releaseGroup.countDown();
		c.get(5, TimeUnit.SECONDS);
		d.get(5, TimeUnit.SECONDS);
		assertThat(this.batches).containsExactly(List.of("c", "d"));
		assertThat(commit.waiting()).isZero();
		// and no writer slot was lost: two more write at once
		Future<?> e = this.threads.submit(() -> commit.write("e"));
		Future<?> f = this.threads.submit(() -> commit.write("f"));
		e.get(5, TimeUnit.SECONDS);
		f.get(5, TimeUnit.SECONDS);
		assertThat(this.alone).contains("e", "f");
	}

	@Test
	void whenAGroupFailsEachIsWrittenAloneAndOnlyTheBadOneFails() throws Exception {
		Consumer<List<String>> together = (items) -> {
			throw new IllegalStateException("one of them is bad");
		};
		GroupCommit<String> commit = new GroupCommit<>(1, together, (item) -> {
			this.firstWrite.holdIfFirst(item);
			if (item.equals("bad")) {
				throw new IllegalArgumentException("bad item");
			}
			this.alone.add(item);
		});
		List<Future<?>> others = queueBehindTheFirstWrite(commit, "good", "bad");
		this.firstWrite.release();

		others.get(0).get(5, TimeUnit.SECONDS);
		assertThatThrownBy(() -> others.get(1).get(5, TimeUnit.SECONDS))
			.hasCauseInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("bad item");
		assertThat(this.alone).containsExactlyInAnyOrder("first", "good");
	}

	@Test
	void anErrorInAGroupWriteFailsEveryCallerInTheGroup() throws Exception {
		Consumer<List<String>> together = (items) -> {
			throw new OutOfMemoryError("no heap left");
		};
		GroupCommit<String> commit = new GroupCommit<>(1, together, (item) -> {
			this.firstWrite.holdIfFirst(item);
			this.alone.add(item);
		});
		List<Future<?>> others = queueBehindTheFirstWrite(commit, "b", "c");
		this.firstWrite.release();

		List<Throwable> failures = new ArrayList<>();
		for (Future<?> follower : others) {
			try {
				follower.get(5, TimeUnit.SECONDS);
			}
			catch (java.util.concurrent.ExecutionException ex) {
				failures.add(ex.getCause());
			}
		}
		// whoever led the group gets the Error, the other one is told its write was cut
		// short
		assertThat(failures).hasSize(2);
		assertThat(failures).anyMatch(OutOfMemoryError.class::isInstance);
		assertThat(failures).anyMatch((failure) -> failure.getMessage().equals("The write was cut short"));
		assertThat(this.alone).containsExactly("first");
	}

	@Test
	void theWritersOwnFailureReachesIt() {
		GroupCommit<String> commit = new GroupCommit<>(1, this.batches::add, (item) -> {
			throw new IllegalStateException("disk full");
		});

		assertThatThrownBy(() -> commit.write("a")).isInstanceOf(IllegalStateException.class).hasMessage("disk full");
		// the next write is not stuck behind the failed one
		assertThatThrownBy(() -> commit.write("b")).hasMessage("disk full");
		assertThat(commit.waiting()).isZero();
	}

	@Test
	void manyWritersAtOnceAreEachWrittenExactlyOnce() throws Exception {
		GroupCommit<String> commit = new GroupCommit<>(1, this.batches::add, this.alone::add);
		List<Future<?>> writes = new ArrayList<>();
		for (int i = 0; i < 400; i++) {
			String item = "item-" + i;
			writes.add(this.threads.submit(() -> commit.write(item)));
		}
		for (Future<?> write : writes) {
			write.get(10, TimeUnit.SECONDS);
		}

		List<String> written = new ArrayList<>(this.alone);
		this.batches.forEach(written::addAll);
		assertThat(written).hasSize(400).doesNotHaveDuplicates();
		assertThat(commit.waiting()).isZero();
	}

	/**
	 * Starts the write of "first", which the writer holds in ({@link HeldWrite}), then
	 * the given writes, and returns those once all of them wait in the queue behind it.
	 * The first write has returned once the returned writes are done.
	 */
	private List<Future<?>> queueBehindTheFirstWrite(GroupCommit<String> commit, String... items)
			throws InterruptedException {
		this.firstWrite.first = this.threads.submit(() -> commit.write("first"));
		await(this.firstWrite.started);
		List<Future<?>> others = new ArrayList<>();
		for (String item : items) {
			others.add(this.threads.submit(() -> commit.write(item)));
		}
		waitUntil(() -> commit.waiting() == items.length);
		return others;
	}

	/** Keeps the write of "first" inside the writer until {@link #release()}. */
	private static final class HeldWrite {

		private final CountDownLatch started = new CountDownLatch(1);

		private final CountDownLatch released = new CountDownLatch(1);

		private Future<?> first;

		void holdIfFirst(String item) {
			if (item.equals("first")) {
				this.started.countDown();
				await(this.released);
			}
		}

		void release() throws Exception {
			this.released.countDown();
			this.first.get(5, TimeUnit.SECONDS);
		}

	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited 5 s").isLessThan(deadline);
			Thread.sleep(1);
		}
	}

}
