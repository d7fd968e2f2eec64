package org.easeback.planner.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Group commit: the writes that arrive while another write is going to the database wait
 * for it and then go together, in one transaction (one commit), instead of one commit
 * each.
 * <p>
 * There is no writer thread and no delay: a caller who finds nobody writing writes at
 * once (alone, as before); a caller who finds a write under way queues its item, and when
 * that write is done the first waiter to wake writes everything queued so far. Every
 * caller returns only after its own item is committed, or throws what writing it threw;
 * if a group fails, its items are written again one by one, so one bad item fails only
 * its own caller.
 * <p>
 * Why (docs/decisions/0003): on H2 every commit writes a new chunk to the file with a
 * copy of each page it changed, many times the size of the plan, so plans committed
 * together write fewer bytes each and more plans are saved per second.
 *
 * @param <T> what one caller writes
 */
final class GroupCommit<T> {

	private final Consumer<List<T>> writeTogether;

	private final Consumer<T> writeAlone;

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition written = this.lock.newCondition();

	private final ArrayDeque<Pending<T>> queue = new ArrayDeque<>();

	private final int writers;

	private int writing;

	/**
	 * @param writers how many writes may go to the database at once before callers queue
	 * @param writeTogether writes two or more items in one transaction
	 * @param writeAlone writes one item in a transaction of its own
	 */
	GroupCommit(int writers, Consumer<List<T>> writeTogether, Consumer<T> writeAlone) {
		this.writers = writers;
		this.writeTogether = writeTogether;
		this.writeAlone = writeAlone;
	}

	/**
	 * Writes the item, together with others that are waiting, and returns once it is
	 * committed.
	 */
	void write(T item) {
		Pending<T> mine = new Pending<>(item);
		List<Pending<T>> group;
		this.lock.lock();
		try {
			this.queue.add(mine);
			// once another writer has taken the item, only that write's end may answer it
			while (!mine.done && (mine.taken || this.writing >= this.writers)) {
				this.written.awaitUninterruptibly();
			}
			if (mine.done) {
				group = List.of();
			}
			else {
				this.writing++;
				group = new ArrayList<>(this.queue);
				this.queue.clear();
				group.forEach((pending) -> pending.taken = true);
			}
		}
		finally {
			this.lock.unlock();
		}
		if (!group.isEmpty()) {
			try {
				write(group);
			}
			finally {
				// an Error (out of memory) left the rest unwritten: they must not return
				// as if written
				group.stream()
					.filter((pending) -> !pending.done)
					.forEach((pending) -> pending.finish(new IllegalStateException("The write was cut short")));
				this.lock.lock();
				try {
					this.writing--;
					this.written.signalAll();
				}
				finally {
					this.lock.unlock();
				}
			}
		}
		mine.rethrowFailure();
	}

	/** How many callers are waiting for a write under way (for tests). */
	int waiting() {
		this.lock.lock();
		try {
			return this.queue.size();
		}
		finally {
			this.lock.unlock();
		}
	}

	private void write(List<Pending<T>> group) {
		if (group.size() > 1) {
			try {
				this.writeTogether.accept(group.stream().map(Pending::item).toList());
				group.forEach((pending) -> pending.finish(null));
				return;
			}
			catch (RuntimeException ex) {
				// rolled back as a whole: write each alone below, so only a bad one fails
			}
		}
		for (Pending<T> pending : group) {
			try {
				this.writeAlone.accept(pending.item());
				pending.finish(null);
			}
			catch (RuntimeException ex) {
				pending.finish(ex);
			}
		}
	}

	/**
	 * One caller's item. Finished by whoever writes it, read by its caller after taking
	 * the lock the writer took after writing, so the caller sees the outcome.
	 */
	private static final class Pending<T> {

		private final T item;

		/** Taken from the queue by a writer (guarded by the lock). */
		private boolean taken;

		private volatile boolean done;

		private volatile RuntimeException failure;

		Pending(T item) {
			this.item = item;
		}

		T item() {
			return this.item;
		}

		void finish(RuntimeException failure) {
			this.failure = failure;
			this.done = true;
		}

		void rethrowFailure() {
			if (this.failure != null) {
				throw this.failure;
			}
		}

	}

}
