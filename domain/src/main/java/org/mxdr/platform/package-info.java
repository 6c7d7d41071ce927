/**
 * Shared vocabulary of every context, and nothing else: role names, the error types that
 * boundaries throw, the rules every context applies to an email address, free text and a search
 * pattern, and which database failures mean "unavailable". The EJB module adds the caller, the
 * clock, the boundary constraints ({@code @TenantId}, {@code @PageSize}) and the page request;
 * the web module the API's edges ({@code org.mxdr.platform.api}) and the console's.
 */
package org.mxdr.platform;
