/**
 * Retention: where a tenant's data lives, how long it is kept after the subscription ends (the grace
 * period), legal holds, the export archive, the purge and its deletion certificates.
 */
package org.mxdr.retention;
