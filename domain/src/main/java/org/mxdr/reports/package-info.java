/**
 * Reports (product-spec section 8) and the reporting data behind them: the facts of each incident,
 * carried through an outbox in the operational store to the reporting store of the tenant's own
 * region (section 7), where the reports read them.
 */
package org.mxdr.reports;
