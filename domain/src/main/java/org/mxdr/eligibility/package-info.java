/**
 * Eligibility: the product catalog and the prerequisite rules (data the provider admin edits),
 * each tenant's inventory (licences, users, devices) and its evaluation into met / unmet
 * prerequisites, coverage of the optional products and the readiness assessment.
 */
package org.mxdr.eligibility;
