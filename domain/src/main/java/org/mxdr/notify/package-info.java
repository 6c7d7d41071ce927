/**
 * Notifications: the mail outbox, written in the transaction of the change it tells about, and
 * its sender, which delivers through the server's mail session with retries.
 */
package org.mxdr.notify;
