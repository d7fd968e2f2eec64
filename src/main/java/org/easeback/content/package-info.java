/**
 * Knowledge base: techniques, stretches, self-massage, modalities, regions, set-up,
 * aftercare and education, loaded from YAML and validated at start.
 */
@ApplicationModule(displayName = "Content")
package org.easeback.content;

import org.springframework.modulith.ApplicationModule;
