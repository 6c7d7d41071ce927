package org.mxdr.eligibility.boundary;

import org.mxdr.eligibility.entity.AvMode;

/**
 * What the device list is narrowed to; null means any.
 *
 * @param text part of the name or external id, case-insensitive
 */
public record DeviceFilter(String text, Boolean eligible, Boolean onboarded, AvMode avMode) {
    public static final DeviceFilter NONE = new DeviceFilter(null, null, null, null);
}
