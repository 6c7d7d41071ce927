/**
 * Identity: the console's users, their one role, the tenant they belong to, their hashed
 * passwords and the rules passwords must meet. The Elytron jdbc-realm reads the same table.
 */
package org.mxdr.identity;
