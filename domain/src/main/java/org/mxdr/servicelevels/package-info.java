/**
 * Service levels: the targets per severity the provider is held to
 * (a provider-wide default, overridden per subscription), each incident's acknowledge, classify
 * and resolve clocks, the breaches found and notified once, the experts' one queue across tenants
 * ordered by what is due, and the delivery manager's monthly service review.
 */
package org.mxdr.servicelevels;
