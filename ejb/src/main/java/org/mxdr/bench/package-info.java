/**
 * The helpers of the benchmarks under {@code bench/}: seeding and removing their data (credits,
 * audit chains) and timing work inside the server (the access control, a plain device count), for
 * the provider admin. Packaged with the REST resources of {@code org.mxdr.bench.api} only into the
 * demo EAR ({@code ./mvnw -Pdemo package}), which the benchmarks run against; a production EAR holds
 * none of it.
 */
package org.mxdr.bench;
