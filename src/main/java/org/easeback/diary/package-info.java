/**
 * Pain diary: entries, session outcomes, trends and clinician notices.
 */
@ApplicationModule(displayName = "Diary")
package org.easeback.diary;

import org.springframework.modulith.ApplicationModule;
