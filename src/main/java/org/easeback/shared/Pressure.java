package org.easeback.shared;

/** How firmly hands or a tool press, from lightest to firmest. */
public enum Pressure {

	LIGHT, MEDIUM, FIRM;

	/** The lower of this pressure and a cap. */
	public Pressure cappedAt(Pressure cap) {
		return compareTo(cap) > 0 ? cap : this;
	}

}
