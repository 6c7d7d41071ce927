package org.mxdr.eligibility.api;

import java.util.List;
import java.util.Locale;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.mxdr.eligibility.entity.AvMode;
import org.mxdr.eligibility.entity.Problems;

/** One inventory item's fields, each reported by its JSON path ({@code devices[12].avMode}) when of the wrong type. */
final class JsonItem {
    private final JsonObject o;
    private final String part;
    private final int index;
    private final Problems problems;

    JsonItem(JsonObject o, String part, int index, Problems problems) {
        this.o = o;
        this.part = part;
        this.index = index;
        this.problems = problems;
    }

    String text(String field) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        return wrong(field, "must be a string");
    }

    Integer integer(String field) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonNumber n && n.isIntegral()) {
            try {
                return n.intValueExact();
            } catch (ArithmeticException e) {
                return wrong(field, "is out of range");
            }
        }
        return wrong(field, "must be a whole number");
    }

    Boolean bool(String field) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v == JsonValue.TRUE || v == JsonValue.FALSE || v.getValueType() == JsonValue.ValueType.TRUE
                || v.getValueType() == JsonValue.ValueType.FALSE) {
            return v.getValueType() == JsonValue.ValueType.TRUE;
        }
        return wrong(field, "must be true or false");
    }

    AvMode avMode() {
        String s = text("avMode");
        try {
            return s == null ? null : AvMode.valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return wrong("avMode", "'" + (s.length() > 40 ? s.substring(0, 37) + "..." : s) + "' is not one of ACTIVE, PASSIVE, DISABLED");
        }
    }

    List<String> texts(String field) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (v.getValueType() == JsonValue.ValueType.ARRAY && v.asJsonArray().stream().allMatch(JsonString.class::isInstance)) {
            return v.asJsonArray().stream().map(s -> ((JsonString) s).getString().toUpperCase(Locale.ROOT)).toList();
        }
        return wrong(field, "must be an array of product keys");
    }

    private <T> T wrong(String field, String reason) {
        problems.add(part, index, field, reason);
        return null;
    }
}
