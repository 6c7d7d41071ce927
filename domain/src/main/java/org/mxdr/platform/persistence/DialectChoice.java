package org.mxdr.platform.persistence;

import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolver;

/**
 * Picks {@link PagedPostgreSQLDialect} when the datasource is PostgreSQL and leaves every other
 * database (the embedded H2) to Hibernate's own choice. Named by persistence.xml, so the one
 * persistence unit serves both databases.
 */
public class DialectChoice implements DialectResolver {

    @Override
    public Dialect resolveDialect(DialectResolutionInfo info) {
        return "PostgreSQL".equals(info.getDatabaseName()) ? new PagedPostgreSQLDialect(info) : null;
    }
}
