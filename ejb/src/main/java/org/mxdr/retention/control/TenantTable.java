package org.mxdr.retention.control;

import java.util.Set;

/**
 * One table of the operational store that holds a tenant's rows, and the SQL that reads, counts
 * and deletes them. Either the table has the tenant's id itself, or it is a child reached through
 * its parent's. A purge batch deletes the rows of at most {@code size} keys; a key may cover
 * several rows (all devices of an incident, say), which keeps every batch bounded.
 *
 * @param dataClass the class the table's rows belong to (incidents, chat, ...)
 * @param table     the table's name
 * @param from      the FROM and WHERE of the tenant's rows, with one parameter: the tenant id
 * @param key       the column a batch picks rows by
 * @param ownTenant whether the table has the tenant id itself (the delete then also checks it)
 * @param counted   whether its rows are what the data class's count on the certificate counts
 * @param hidden    columns never exported (password hashes, link tokens)
 * @param purge     the statement of one batch, when not the plain delete (an update that unlinks)
 */
public record TenantTable(String dataClass, String table, String from, String key, boolean ownTenant, boolean counted,
                          Set<String> hidden, String purge) {

    static TenantTable own(String dataClass, String table, String key, boolean counted, String... hidden) {
        return new TenantTable(dataClass, table, table + " t WHERE t.tenant_id = ?", key, true, counted, Set.of(hidden), null);
    }

    static TenantTable child(String dataClass, String table, String key, String parent, String foreignKey, boolean counted) {
        return new TenantTable(dataClass, table, table + " t JOIN " + parent + " p ON p.id = t." + foreignKey + " WHERE p.tenant_id = ?",
                key, false, counted, Set.of(), null);
    }

    /** A step that must run before the deletes (breaking a cycle of foreign keys); neither exported nor counted. */
    static TenantTable unlink(String table, String column) {
        return new TenantTable(null, table, null, column, true, false, Set.of(),
                "UPDATE " + table + " SET " + column + " = NULL WHERE id IN (SELECT t.id FROM " + table
                        + " t WHERE t.tenant_id = ? AND t." + column + " IS NOT NULL FETCH FIRST %d ROWS ONLY)");
    }

    public boolean exported() {
        return dataClass != null;
    }

    public String selectSql() {
        return "SELECT t.* FROM " + from + " ORDER BY t." + key;
    }

    public String countSql() {
        return "SELECT COUNT(*) FROM " + from;
    }

    /** One batch; its parameters are the tenant id, once per {@code ?}. */
    public String purgeSql(int size) {
        if (purge != null) {
            return purge.formatted(size);
        }
        String picked = "SELECT t." + key + " FROM " + from + " FETCH FIRST " + size + " ROWS ONLY";
        return "DELETE FROM " + table + " WHERE " + (ownTenant ? "tenant_id = ? AND " : "") + key + " IN (" + picked + ")";
    }

    public int purgeParameters() {
        return purge != null ? 1 : ownTenant ? 2 : 1;
    }
}
