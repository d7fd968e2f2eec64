package org.easeback.support;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;

import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * A disk that can be made full, for H2: database URLs starting
 * {@code jdbc:h2:fulldisk:file:} open their files through it, and while {@link #fill()}
 * is in force every write, truncation and flush fails with
 * {@code IOException("No space left on device")}, as on a full disk; reads go on working.
 * No root, no mount: H2 looks its file systems up by the URL's prefix
 * ({@link FilePath#register}).
 */
public final class FullDisk extends FilePathWrapper {

	/** The prefix that puts a database file on this disk. */
	public static final String PREFIX = "fulldisk:";

	private static volatile boolean full;

	private static volatile boolean registered;

	/**
	 * Makes the prefix known to H2 (once per JVM; must come before the database opens).
	 */
	public static synchronized void register() {
		if (!registered) {
			FilePath.register(new FullDisk());
			registered = true;
		}
	}

	/** From now on every write fails as on a full disk. */
	public static void fill() {
		full = true;
	}

	/** Space is back: writes work again. */
	public static void free() {
		full = false;
	}

	@Override
	public String getScheme() {
		return "fulldisk";
	}

	@Override
	public FileChannel open(String mode) throws IOException {
		return new Channel(super.open(mode));
	}

	private static void checkSpace() throws IOException {
		if (full) {
			throw new IOException("No space left on device");
		}
	}

	/** A file whose writes fail while the disk is full. */
	private static final class Channel extends FileBase {

		private final FileChannel file;

		Channel(FileChannel file) {
			this.file = file;
		}

		@Override
		public int read(ByteBuffer dst) throws IOException {
			return this.file.read(dst);
		}

		@Override
		public int read(ByteBuffer dst, long position) throws IOException {
			return this.file.read(dst, position);
		}

		@Override
		public int write(ByteBuffer src) throws IOException {
			checkSpace();
			return this.file.write(src);
		}

		@Override
		public int write(ByteBuffer src, long position) throws IOException {
			checkSpace();
			return this.file.write(src, position);
		}

		@Override
		public long position() throws IOException {
			return this.file.position();
		}

		@Override
		public FileChannel position(long newPosition) throws IOException {
			this.file.position(newPosition);
			return this;
		}

		@Override
		public long size() throws IOException {
			return this.file.size();
		}

		@Override
		public FileChannel truncate(long size) throws IOException {
			checkSpace();
			this.file.truncate(size);
			return this;
		}

		@Override
		public void force(boolean metaData) throws IOException {
			checkSpace();
			this.file.force(metaData);
		}

		@Override
		public FileLock tryLock(long position, long size, boolean shared) throws IOException {
			return this.file.tryLock(position, size, shared);
		}

		@Override
		protected void implCloseChannel() throws IOException {
			this.file.close();
		}

	}

}
