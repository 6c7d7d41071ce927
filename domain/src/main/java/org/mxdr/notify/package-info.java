/**
 * Notifications: the mail outbox, written in the transaction of the change it tells about, and
 * its sender, which delivers through the server's mail session with retries; each tenant's
 * notification settings; incident notifications to its incident-notification contacts and the
 * escalation ladder of high-severity ones, with their signed acknowledge links.
 */
package org.mxdr.notify;
