package org.mxdr.platform.api;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;

import org.mxdr.platform.BadInput;
import org.mxdr.platform.Text;

/**
 * The API's one JSON parser: strict UTF-8, at most {@link #MAX_DEPTH} levels, no duplicate key, no
 * number longer than {@link #MAX_NUMBER} characters, and no control character (but tab and line
 * breaks) in any text. Objects and arrays are built here, iteratively checked as they stream by,
 * so a hostile body is refused early and never deep in the stack.
 */
final class StrictJsonParser implements JsonParser {
    static final int MAX_DEPTH = 32;
    static final int MAX_NUMBER = 100;
    private static final Object ARRAY = new Object();

    private final JsonParser parser;
    private final Deque<Object> open = new ArrayDeque<>();
    private Event current;
    private String key;

    private StrictJsonParser(JsonParser parser) {
        this.parser = parser;
    }

    static StrictJsonParser of(InputStream in) {
        var utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        return new StrictJsonParser(Json.createParser(new InputStreamReader(in, utf8)));
    }

    @Override
    public boolean hasNext() {
        return parser.hasNext();
    }

    @Override
    public Event next() {
        current = parser.next();
        switch (current) {
            case START_OBJECT, START_ARRAY -> {
                if (open.size() >= MAX_DEPTH) {
                    throw JsonBody.badBody("The request body nests deeper than " + MAX_DEPTH + " levels.");
                }
                open.push(current == Event.START_OBJECT ? new HashSet<String>() : ARRAY);
            }
            case END_OBJECT, END_ARRAY -> open.pop();
            case KEY_NAME -> {
                key = parser.getString();
                checkText(key, key);
                @SuppressWarnings("unchecked")
                Set<String> keys = (Set<String>) open.peek();
                if (!keys.add(key)) {
                    throw JsonBody.badBody("The request body names '" + Text.abbreviate(key) + "' twice in one object.");
                }
            }
            case VALUE_STRING -> checkText(parser.getString(), key);
            case VALUE_NUMBER -> {
                if (parser.getString().length() > MAX_NUMBER) {
                    throw JsonBody.badBody("The request body has a number longer than " + MAX_NUMBER + " characters.");
                }
            }
            default -> { }
        }
        return current;
    }

    private static void checkText(String text, String field) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                String name = field == null ? "body" : field;
                throw new BadInput(name, "'" + Text.abbreviate(name) + "' contains a control character (U+"
                        + String.format("%04X", (int) c) + "); send plain text.");
            }
        }
    }

    @Override
    public JsonObject getObject() {
        JsonObjectBuilder object = Json.createObjectBuilder();
        for (Event e = next(); e != Event.END_OBJECT; e = next()) {
            String name = key;
            object.add(name, valueOf(next()));
        }
        return object.build();
    }

    @Override
    public JsonArray getArray() {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Event e = next(); e != Event.END_ARRAY; e = next()) {
            array.add(valueOf(e));
        }
        return array.build();
    }

    @Override
    public JsonValue getValue() {
        return valueOf(current);
    }

    private JsonValue valueOf(Event e) {
        return switch (e) {
            case START_OBJECT -> getObject();
            case START_ARRAY -> getArray();
            case VALUE_STRING -> Json.createValue(parser.getString());
            case VALUE_NUMBER -> Json.createValue(parser.getBigDecimal());
            case VALUE_TRUE -> JsonValue.TRUE;
            case VALUE_FALSE -> JsonValue.FALSE;
            case VALUE_NULL -> JsonValue.NULL;
            default -> throw JsonBody.badBody("The request body is not valid JSON.");
        };
    }

    @Override
    public void skipObject() {
        getObject();
    }

    @Override
    public void skipArray() {
        getArray();
    }

    @Override
    public String getString() {
        return parser.getString();
    }

    @Override
    public boolean isIntegralNumber() {
        return parser.isIntegralNumber();
    }

    @Override
    public int getInt() {
        return parser.getInt();
    }

    @Override
    public long getLong() {
        return parser.getLong();
    }

    @Override
    public BigDecimal getBigDecimal() {
        return parser.getBigDecimal();
    }

    @Override
    public JsonLocation getLocation() {
        return parser.getLocation();
    }

    @Override
    public void close() {
        parser.close();
    }
}
