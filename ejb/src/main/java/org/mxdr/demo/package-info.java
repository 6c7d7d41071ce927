/**
 * The demo's data: the provider's users, two tenants with their users and inventories, Contoso's
 * subscription and incidents, created at the first start of a server run with {@code mxdr.demo=true}
 * through the same boundaries a provider admin uses. Packaged only into the demo EAR
 * ({@code ./mvnw -Pdemo package}); a production EAR holds none of it.
 */
package org.mxdr.demo;
