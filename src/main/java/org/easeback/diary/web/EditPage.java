package org.easeback.diary.web;

import java.util.List;

/**
 * What the edit page (diary/edit.html) shows besides the entry form's values.
 *
 * @param entryId the entry being changed
 * @param stale whether the change was refused because the entry changed elsewhere; the
 * form then holds what is saved now
 * @param entryFields what the entry form shows besides its values
 * @param problems the form's messages, for the summary at its top
 */
public record EditPage(long entryId, boolean stale, EntryFields entryFields, List<FormProblems.Problem> problems) {
}
