/**
 * Approvals: an expert's response action that the tenant's response policy puts under "ask for
 * approval" waits for the tenant's operators or admins, who answer in the console or through a
 * single-use signed link mailed to them; reminders go out until the request times out into a
 * guidance card. At execution the access control is asked again.
 */
package org.mxdr.approvals;
