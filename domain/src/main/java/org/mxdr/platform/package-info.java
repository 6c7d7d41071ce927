/**
 * Shared vocabulary of every context: role names, the error types that boundaries throw,
 * and nothing else. Kept small on purpose.
 */
package org.mxdr.platform;
