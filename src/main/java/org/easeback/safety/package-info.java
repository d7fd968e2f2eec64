/**
 * The safety check: red-flag questions, named rules, outcomes and the changes a caution
 * imposes, plus pain-episode classification.
 */
package org.easeback.safety;
