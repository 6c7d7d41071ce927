package org.mxdr.bench.boundary;

/** How many rows the devices table holds and how long the database took to count them. */
public record CountProbe(long devices, double millis) {
}
