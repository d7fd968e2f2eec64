/**
 * Library pages and the library's JSON API.
 */
package org.easeback.content.web;
