/**
 * Cross-cutting web: the page layout, home page, friendly error pages and problem+json
 * errors for the API.
 */
@ApplicationModule(displayName = "Web")
package org.easeback.web;

import org.springframework.modulith.ApplicationModule;
