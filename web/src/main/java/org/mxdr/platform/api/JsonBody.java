package org.mxdr.platform.api;

import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

import org.mxdr.platform.BadInput;
import org.mxdr.platform.Text;

/**
 * The API's one way to read a JSON request body: parsed strictly (see {@link StrictJsonParser}),
 * then bound into the resource method's {@code *Request} record component by component, so a wrong
 * type or an unknown enum value is refused naming the field, which a generic binder cannot do.
 * What is required the record says with Bean Validation, and the published document shows it. A
 * resource validates its record ({@code @Valid}) where nothing behind it checks the same; where the
 * boundary or entity refuses a missing field, the record's constraint carries the same words and
 * the boundary enforces it after the caller's right is checked, so a caller without the right gets
 * 403 whatever it sent. Components are wrapper types: absent is null, never a silent false or 0.
 */
@Provider
public class JsonBody implements MessageBodyReader<Record> {
    private static final Logger LOG = Logger.getLogger(JsonBody.class.getName());

    /** Told of a value of the wrong type; binding goes on with null, unless it throws. */
    @FunctionalInterface
    public interface Wrong {
        void at(String field, String message);
    }

    /** Refuses the whole body at its first wrong value: 400 naming the field. */
    public static final Wrong REFUSE = (field, message) -> {
        throw new BadInput(field, message);
    };

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord();
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream in) {
        return bind(object(in), type, REFUSE);
    }

    /** The body as one JSON object, refused as a whole when it is not one. */
    static JsonObject object(InputStream in) {
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
            return object;
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

    /** The record with each component read from the field of its name; unknown fields are ignored. */
    public static <R extends Record> R bind(JsonObject json, Class<R> type, Wrong wrong) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            values[i] = value(json.get(c.getName()), c.getType(), c.getGenericType(), c.getName(), wrong);
        }
        try {
            var constructor = type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new));
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + type.getName() + " from a JSON body", e);
        }
    }

    private static Object value(JsonValue v, Class<?> type, Type generic, String field, Wrong wrong) {
        if (type.isPrimitive()) {
            throw new IllegalStateException(field + " is a primitive: a request record says absent with a wrapper type");
        }
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (type == String.class) {
            return text(v, field, wrong);
        }
        if (type == Integer.class || type == Long.class) {
            return number(v, type, field, wrong);
        }
        if (type == Boolean.class) {
            return switch (v.getValueType()) {
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                default -> wrong(wrong, field, "'" + field + "' must be true or false.");
            };
        }
        if (type == List.class && generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] == String.class) {
            return strings(v, field, wrong);
        }
        if (type.isRecord()) {
            // a nested object: its fields are named under this one's (HIGH.acknowledge)
            return v instanceof JsonObject o ? bind(o, type.asSubclass(Record.class), (f, m) -> wrong.at(field + "." + f, m))
                    : wrong(wrong, field, "'" + field + "' must be an object.");
        }
        if (type == List.class && generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> element
                && element.isRecord()) {
            return records(v, element.asSubclass(Record.class), field, wrong);
        }
        String s = text(v, field, wrong);
        if (s != null && s.isBlank() && (type == LocalDate.class || type == Instant.class || type == Duration.class)) {
            // an empty time is refused, not taken for an absent one (whose default may be far later)
            return wrong(wrong, field, "'" + field + "' is empty: leave it out for its default, or give a value.");
        }
        if (s == null || s.isBlank()) {
            return null;
        }
        if (type.isEnum()) {
            return enumValue(s, type.asSubclass(Enum.class), field, wrong);
        }
        if (type == LocalDate.class) {
            try {
                return LocalDate.parse(s.trim());
            } catch (DateTimeParseException e) {
                return wrong(wrong, field, "'" + Text.abbreviate(s) + "' is not a valid " + field + ": use a date like 2026-12-01.");
            }
        }
        if (type == Duration.class) {
            try {
                return Duration.parse(s.trim());
            } catch (DateTimeParseException e) {
                return wrong(wrong, field, "'" + Text.abbreviate(s) + "' is not a valid " + field + ": use an ISO-8601 duration like PT15M.");
            }
        }
        if (type == Instant.class) {
            try {
                return OffsetDateTime.parse(s.trim()).toInstant();
            } catch (DateTimeParseException e) {
                return wrong(wrong, field, "'" + Text.abbreviate(s) + "' is not a valid " + field
                        + ": use a time with its offset like 2026-12-01T09:00:00Z.");
            }
        }
        throw new IllegalStateException("No JSON reading for " + type.getName() + " (" + field + ")");
    }

    private static String text(JsonValue v, String field, Wrong wrong) {
        return v instanceof JsonString s ? s.getString() : wrong(wrong, field, "'" + field + "' must be a string.");
    }

    private static Object number(JsonValue v, Class<?> type, String field, Wrong wrong) {
        if (v instanceof JsonNumber n && n.isIntegral()) {
            try {
                return type == Integer.class ? (Object) n.intValueExact() : (Object) n.longValueExact();
            } catch (ArithmeticException e) {
                return wrong(wrong, field, "'" + field + "' is out of range.");
            }
        }
        return wrong(wrong, field, "'" + field + "' must be a whole number.");
    }

    /** An array of objects, each bound into the record; a wrong element is named by its index ({@code rules[2].mode}). */
    private static List<Record> records(JsonValue v, Class<? extends Record> type, String field, Wrong wrong) {
        if (!(v instanceof JsonArray array)) {
            return wrong(wrong, field, "'" + field + "' must be an array of objects.");
        }
        List<Record> result = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String at = field + "[" + i + "]";
            result.add(array.get(i) instanceof JsonObject o ? bind(o, type, (f, m) -> wrong.at(at + "." + f, m))
                    : wrong(wrong, at, "'" + at + "' must be an object."));
        }
        return result;
    }

    private static List<String> strings(JsonValue v, String field, Wrong wrong) {
        if (v instanceof JsonArray array && array.stream().allMatch(JsonString.class::isInstance)) {
            List<String> result = new ArrayList<>();
            array.forEach(item -> result.add(((JsonString) item).getString()));
            return result;
        }
        return wrong(wrong, field, "'" + field + "' must be an array of strings.");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(String s, Class<? extends Enum> type, String field, Wrong wrong) {
        try {
            return Enum.valueOf((Class) type, s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return wrong(wrong, field, "'" + Text.abbreviate(s) + "' is not a valid " + field + ": use one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")) + ".");
        }
    }

    private static <T> T wrong(Wrong wrong, String field, String message) {
        wrong.at(field, message);
        return null;
    }
}
