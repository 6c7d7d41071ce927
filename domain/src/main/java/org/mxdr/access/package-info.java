/**
 * Access: what a tenant lets the provider's experts do (grants with levels, expiry and
 * revocation, the all-devices switch, exclusions, contacts, the response policy of action type ×
 * scope → act, ask for approval or guide) and the one rule that decides each expert request.
 * The wizard and its boundaries build on {@link org.mxdr.access.entity.AccessRule}.
 */
package org.mxdr.access;
