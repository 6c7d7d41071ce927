/**
 * Onboarding: tenants (customer organisations) with their cloud, region and admin contact;
 * subscriptions and the single-use welcome link; later the interest form.
 */
package org.mxdr.onboarding;
