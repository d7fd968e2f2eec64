/**
 * Cross-cutting web: the page layout, home page, friendly error pages and problem+json
 * errors for the API.
 */
package org.easeback.web;
