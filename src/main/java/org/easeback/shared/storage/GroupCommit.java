package org.easeback.shared.storage;

/**
 * Group commit: a caller whose transaction has committed in memory waits until a write of
 * the store that <em>started after</em> its commit has finished. One caller at a time
 * writes; everyone who committed while that write was running is covered by the next one,
 * so under load many commits share one write instead of one write each.
 * <p>
 * A failed write is thrown to the caller that ran it; the callers waiting for it are not
 * acknowledged and one of them runs the write again (and meets the same failure if the
 * store is broken).
 */
final class GroupCommit {

	/** Writes every change committed so far to the file, before it returns. */
	@FunctionalInterface
	interface Store {

		void write();

	}

	private final Store store;

	/** How many writes have started; only the caller that writes increments it. */
	private long started;

	/** The last write that finished without failing (writes are numbered from 1). */
	private long finished;

	private boolean writing;

	GroupCommit(Store store) {
		this.store = store;
	}

	/**
	 * Returns once everything committed before the call is written: after a write that
	 * started after the call, run by this caller or another one.
	 */
	void awaitWritten() {
		boolean interrupted = false;
		try {
			synchronized (this) {
				// a write running now may have started before this caller's commit
				long needed = this.started + 1;
				while (this.finished < needed) {
					if (!this.writing) {
						this.writing = true;
						this.started++;
						break;
					}
					try {
						wait();
					}
					catch (InterruptedException ex) {
						// the commit is made: an answer saying otherwise would be wrong
						interrupted = true;
					}
				}
				if (this.finished >= needed) {
					return;
				}
			}
			write();
		}
		finally {
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private void write() {
		boolean written = false;
		try {
			this.store.write();
			written = true;
		}
		finally {
			synchronized (this) {
				this.writing = false;
				if (written) {
					this.finished = this.started;
				}
				notifyAll();
			}
		}
	}

}
