package org.easeback.safety;

/** How long the current episode of back pain has lasted. */
public enum EpisodeClassification {

	/** Fewer than 6 whole weeks since the pain started. */
	ACUTE,
	/** From 6 up to and including 12 whole weeks. */
	SUBACUTE,
	/** More than 12 whole weeks (13 or more). */
	CHRONIC

}
