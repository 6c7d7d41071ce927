/**
 * Webhooks: events a tenant's own systems subscribe to, written in the transaction of the
 * change they tell about and delivered, signed, to the tenant's endpoints.
 */
package org.mxdr.webhooks;
