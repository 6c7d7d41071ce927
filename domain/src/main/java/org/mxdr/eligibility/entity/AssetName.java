package org.mxdr.eligibility.entity;

/** A device or user as people know it: the inventory's name with the external id the platform uses. */
public final class AssetName {
    private AssetName() {
    }

    /** "WS-0008 (dev-0008)"; the id alone when the inventory has no other name for it. */
    public static String of(String name, String externalId) {
        return name == null || name.isBlank() || name.equals(externalId) ? externalId : name + " (" + externalId + ")";
    }
}
