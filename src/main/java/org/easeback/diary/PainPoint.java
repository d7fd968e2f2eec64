package org.easeback.diary;

import java.time.Instant;

/**
 * When and how much it hurt: one entry as the trend chart needs it.
 *
 * @param takenAt when the pain was felt
 * @param pain overall pain 0-10
 */
public record PainPoint(Instant takenAt, int pain) {

}
