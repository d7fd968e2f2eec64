/**
 * The safety check's REST API ({@code /api/v1/safety-checks}) and its pages
 * ({@code /check}).
 */
package org.easeback.safety.web;
