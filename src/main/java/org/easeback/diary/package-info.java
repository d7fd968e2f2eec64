/**
 * Pain diary: entries, session outcomes, trends and clinician notices.
 */
package org.easeback.diary;
