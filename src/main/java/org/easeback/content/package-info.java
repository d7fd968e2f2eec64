/**
 * Knowledge base: techniques, stretches, self-massage, modalities, regions, set-up,
 * aftercare and education, loaded from YAML and validated at start.
 */
package org.easeback.content;
