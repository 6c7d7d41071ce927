/**
 * Onboarding: the public interest form and the leads it makes; tenants (customer organisations)
 * with their cloud, region and admin contact; subscriptions and the single-use welcome link.
 */
package org.mxdr.onboarding;
