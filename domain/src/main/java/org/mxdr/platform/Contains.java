package org.mxdr.platform;

import java.util.Locale;

/** The LIKE pattern of a search box: the text, lower case, anywhere, its wildcards taken literally. */
public final class Contains {
    private Contains() {
    }

    public static String pattern(String text) {
        String escaped = text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
