/**
 * Checking the agent's draft: dismissive language with offsets, explanations and rewrites, and the
 * empathy elements a reply contains or lacks for this customer.
 */
package dev.empathy.draft;
