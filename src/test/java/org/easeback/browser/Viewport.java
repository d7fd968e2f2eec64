package org.easeback.browser;

/**
 * The two screens every journey runs on: a phone propped by the massage table, and a
 * desktop.
 */
public enum Viewport {

	PHONE(390, 844, true), DESKTOP(1280, 800, false);

	private final int width;

	private final int height;

	private final boolean mobile;

	Viewport(int width, int height, boolean mobile) {
		this.width = width;
		this.height = height;
		this.mobile = mobile;
	}

	public int width() {
		return this.width;
	}

	public int height() {
		return this.height;
	}

	public boolean mobile() {
		return this.mobile;
	}

	/** Lower-case name, used in screenshot file names. */
	public String label() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
