package org.mxdr.notify.control;

/** Fired when mail enters the outbox; after the commit, the sender tries at once. */
public record MailQueued(String id) {
}
