/**
 * Onboarding: tenants (customer organisations) with their cloud, region and admin contact;
 * later the interest form, subscriptions and the welcome link.
 */
package org.mxdr.onboarding;
