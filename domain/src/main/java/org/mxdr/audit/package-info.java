/** Audit: the record of who changed what, when, in which tenant, with the state before and after. */
package org.mxdr.audit;
