package org.mxdr.eligibility.entity;

import java.util.List;
import java.util.Set;

/** A device as the detection platform reports it. */
public record DeviceItem(String externalId, String name, String os, Boolean eligible, Boolean onboarded,
                         AvMode avMode, String deviceGroup) {
    public static final String PART = "devices";

    static void check(List<DeviceItem> items, Problems p) {
        Set<String> seen = Items.seen();
        for (int i = 0; i < items.size(); i++) {
            DeviceItem d = items.get(i);
            Items.uniqueId(p, PART, i, d.externalId(), seen);
            Items.text(p, PART, i, "name", d.name(), Items.NAME_MAX, true);
            Items.text(p, PART, i, "os", d.os(), 100, true);
            Items.required(p, PART, i, "eligible", d.eligible());
            Items.required(p, PART, i, "onboarded", d.onboarded());
            Items.required(p, PART, i, "avMode", d.avMode());
            Items.text(p, PART, i, "deviceGroup", d.deviceGroup(), Items.NAME_MAX, false);
        }
    }
}
