package org.mxdr.access.entity;

/** One asset an action targets, as the response policy needs it: a device or a user, and its inventory group (null: none). */
public record PolicyTarget(boolean user, String group) {

    public static PolicyTarget device(String group) {
        return new PolicyTarget(false, group);
    }

    public static PolicyTarget user(String group) {
        return new PolicyTarget(true, group);
    }
}
