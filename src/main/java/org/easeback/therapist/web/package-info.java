/** The therapist's pages and API. */
package org.easeback.therapist.web;
