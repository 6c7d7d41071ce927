package org.mxdr.response.entity;

/** The response actions the experts run or recommend; each acts on a device or on a user. */
public enum ActionType {
    ISOLATE_DEVICE("Isolate device", false),
    RELEASE_DEVICE("Release device from isolation", false),
    QUARANTINE_FILE("Quarantine file", false),
    RESTRICT_APP("Restrict app execution", false),
    UNRESTRICT_APP("Remove app execution restriction", false),
    DISABLE_USER("Disable user", true),
    ENABLE_USER("Enable user", true);

    private final String label;
    private final boolean onUser;

    ActionType(String label, boolean onUser) {
        this.label = label;
        this.onUser = onUser;
    }

    public String label() {
        return label;
    }

    /** True: the target is a user's external id; false: a device's. */
    public boolean onUser() {
        return onUser;
    }
}
