package org.mxdr.platform.api;

import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;

import org.mxdr.platform.BadInput;

/**
 * Reads a JSON request body field by field, so that a wrong type or an unknown enum value is
 * refused naming the field, which a generic binder cannot do.
 */
public final class JsonBody {
    private static final Logger LOG = Logger.getLogger(JsonBody.class.getName());
    private final JsonObject json;

    private JsonBody(JsonObject json) {
        this.json = json;
    }

    public static JsonBody read(InputStream in) {
        if (in == null) {
            throw badBody("A JSON object is required as the request body.");
        }
        try (JsonParser parser = parser(in)) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw badBody("The request body must be a JSON object.");
            }
            JsonObject object = parser.getObject();
            if (parser.hasNext()) {
                throw badBody("The request body has more after its JSON object.");
            }
            return new JsonBody(object);
        } catch (JsonException e) {
            throw refusal(e);
        }
    }

    /** The strict parser every JSON body of the API is read with (see {@link StrictJsonParser}). */
    public static JsonParser parser(InputStream in) {
        return StrictJsonParser.of(in);
    }

    /** A body refused as a whole: 400 naming the body, logged as one line (no stack trace). */
    static BadInput badBody(String message) {
        LOG.info(() -> "Refused a JSON request body: " + message);
        return new BadInput("body", message);
    }

    /** What a body the JSON reader or parser gave up on is answered with: 400 naming the spot, or 413. */
    public static RuntimeException refusal(JsonException e) {
        if (e.getCause() instanceof PayloadTooLarge tooLarge) {
            return tooLarge;
        }
        if (causedBy(e, java.nio.charset.CharacterCodingException.class)) {
            return badBody("The request body is not valid UTF-8.");
        }
        if (e instanceof JsonParsingException parsing) {
            var at = parsing.getLocation();
            return badBody("The request body is not valid JSON"
                    + (at == null ? "." : " (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")."));
        }
        return badBody("A JSON object is required as the request body.");
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The string value, or null when the field is absent or null. */
    public String string(String field) {
        JsonValue v = json.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        throw new BadInput(field, "'" + field + "' must be a string.");
    }

    public String requiredString(String field) {
        String s = string(field);
        if (s == null || s.isBlank()) {
            throw new BadInput(field, "'" + field + "' is required.");
        }
        return s;
    }

    /** The enum constant named by the field (case-insensitive), or null when absent. */
    public <E extends Enum<E>> E enumValue(String field, Class<E> type) {
        String s = string(field);
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInput(field, "'" + abbreviate(s) + "' is not a valid " + field + ": use one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")) + ".");
        }
    }

    public Integer integer(String field) {
        JsonValue v = json.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonNumber n && n.isIntegral()) {
            try {
                return n.intValueExact();
            } catch (ArithmeticException e) {
                throw new BadInput(field, "'" + field + "' is out of range.");
            }
        }
        throw new BadInput(field, "'" + field + "' must be a whole number.");
    }

    public Boolean bool(String field) {
        JsonValue v = json.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v.getValueType() == JsonValue.ValueType.TRUE) {
            return true;
        }
        if (v.getValueType() == JsonValue.ValueType.FALSE) {
            return false;
        }
        throw new BadInput(field, "'" + field + "' must be true or false.");
    }

    /** An ISO date (2026-12-01), or null when the field is absent. */
    public java.time.LocalDate date(String field) {
        String s = string(field);
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(s.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new BadInput(field, "'" + abbreviate(s) + "' is not a valid " + field + ": use a date like 2026-12-01.");
        }
    }

    /** An ISO instant with its offset (2026-12-01T09:00:00Z), or null when the field is absent. */
    public java.time.Instant instant(String field) {
        String s = string(field);
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(s.trim()).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw new BadInput(field, "'" + abbreviate(s) + "' is not a valid " + field + ": use a time with its offset like 2026-12-01T09:00:00Z.");
        }
    }

    public Long longValue(String field) {
        JsonValue v = json.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonNumber n && n.isIntegral()) {
            try {
                return n.longValueExact();
            } catch (ArithmeticException e) {
                throw new BadInput(field, "'" + field + "' is out of range.");
            }
        }
        throw new BadInput(field, "'" + field + "' must be a whole number.");
    }

    /** An array of strings, or null when the field is absent. */
    public java.util.List<String> strings(String field) {
        JsonValue v = json.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(v instanceof jakarta.json.JsonArray array)) {
            throw new BadInput(field, "'" + field + "' must be an array of strings.");
        }
        java.util.List<String> result = new java.util.ArrayList<>();
        for (JsonValue item : array) {
            if (!(item instanceof JsonString text)) {
                throw new BadInput(field, "'" + field + "' must be an array of strings.");
            }
            result.add(text.getString());
        }
        return result;
    }

    static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
