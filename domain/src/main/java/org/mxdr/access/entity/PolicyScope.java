package org.mxdr.access.entity;

/** Where a response policy rule applies: every asset, the devices of one device group, or the users of one user group. */
public record PolicyScope(Kind kind, String name) {

    public enum Kind {
        ALL,
        DEVICE_GROUP,
        USER_GROUP
    }

    public static final PolicyScope ALL = new PolicyScope(Kind.ALL, null);

    public static PolicyScope deviceGroup(String name) {
        return new PolicyScope(Kind.DEVICE_GROUP, name);
    }

    public static PolicyScope userGroup(String name) {
        return new PolicyScope(Kind.USER_GROUP, name);
    }

    /** A group rule is more specific than one on all assets. */
    int specificity() {
        return kind == Kind.ALL ? 0 : 1;
    }

    boolean covers(PolicyTarget target) {
        return switch (kind) {
            case ALL -> true;
            case DEVICE_GROUP -> !target.user() && name.equals(target.group());
            case USER_GROUP -> target.user() && name.equals(target.group());
        };
    }

    public String inWords() {
        return switch (kind) {
            case ALL -> "all assets";
            case DEVICE_GROUP -> "devices in the group '" + name + "'";
            case USER_GROUP -> "users in the group '" + name + "'";
        };
    }
}
