package org.mxdr.access.entity;

/**
 * What the assets of one request involve: a device that belongs to a device group, an asset the
 * tenant excluded. A request about no asset (listing incidents) involves neither.
 */
public record AssetScope(boolean deviceInGroup, boolean excluded) {
    public static final AssetScope NONE = new AssetScope(false, false);
}
