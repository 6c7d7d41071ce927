/**
 * How the persistence unit talks to each database: the dialect choice that writes row limits into
 * PostgreSQL's paged statements.
 */
package org.mxdr.platform.persistence;
