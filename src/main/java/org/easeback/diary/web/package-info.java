/**
 * Diary pages and API: timeline, entry form, chart data, figures and CSV export.
 */
package org.easeback.diary.web;
