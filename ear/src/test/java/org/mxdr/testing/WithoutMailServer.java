package org.mxdr.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The run's mail server is away while this IT class runs ({@link RunWideMailServer} stops it before
 * the class and starts it after): for in-container tests of what the outbox does when no mail
 * server answers, which cannot stop the client's server themselves.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface WithoutMailServer {
}
