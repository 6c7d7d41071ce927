/**
 * Audit: the record of who changed what, when, in which tenant, with the state before and after;
 * the records of each tenant (and the provider-wide ones) form a hash chain whose heads are signed
 * with a key kept outside the database; sentences a person reads are rendered from the stored states.
 */
package org.mxdr.audit;
