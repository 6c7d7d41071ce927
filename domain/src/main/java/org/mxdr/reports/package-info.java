/**
 * Reports and the reporting data behind them: the facts of each incident, carried through an
 * outbox in the operational store to the reporting store of the tenant's own region (no row of a
 * tenant is written to another region's store), where the reports read them.
 */
package org.mxdr.reports;
