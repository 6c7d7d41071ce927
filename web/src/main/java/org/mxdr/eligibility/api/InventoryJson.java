package org.mxdr.eligibility.api;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;

import org.mxdr.eligibility.entity.DeviceItem;
import org.mxdr.eligibility.entity.Inventory;
import org.mxdr.eligibility.entity.LicenseItem;
import org.mxdr.eligibility.entity.Problems;
import org.mxdr.eligibility.entity.UserItem;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.api.JsonBody;

/**
 * Reads the inventory body of PUT /tenants/{t}/inventory item by item with a streaming parser, so
 * 100,000 devices never sit in memory as one JSON tree. Each item is bound by the API's one reader
 * ({@link JsonBody}); values of the wrong type are reported by JSON path ({@code devices[12].avMode}),
 * and the domain checks the rest.
 */
final class InventoryJson {
    private final Problems problems;

    private InventoryJson(Problems problems) {
        this.problems = problems;
    }

    static Inventory read(InputStream in, Problems problems) {
        if (in == null) {
            throw new BadInput("body", "A JSON object is required as the request body.");
        }
        try (JsonParser parser = JsonBody.parser(in)) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw new BadInput("body", "The request body must be a JSON object.");
            }
            return new InventoryJson(problems).parts(parser);
        } catch (JsonException e) {
            throw JsonBody.refusal(e);
        }
    }

    private Inventory parts(JsonParser parser) {
        List<LicenseItem> licenses = null;
        List<UserItem> users = null;
        List<DeviceItem> devices = null;
        while (parser.next() == JsonParser.Event.KEY_NAME) {
            String key = parser.getString();
            JsonParser.Event value = parser.next();
            switch (key) {
                case LicenseItem.PART -> licenses = items(parser, value, key, LicenseItem.class);
                case UserItem.PART -> users = items(parser, value, key, UserItem.class);
                case DeviceItem.PART -> devices = items(parser, value, key, DeviceItem.class);
                default -> skip(parser, value);
            }
        }
        return new Inventory(licenses, users, devices);
    }

    private <T extends Record> List<T> items(JsonParser parser, JsonParser.Event value, String part, Class<T> type) {
        if (value != JsonParser.Event.START_ARRAY) {
            skip(parser, value);
            throw new BadInput(part, "'" + part + "' must be an array.");
        }
        List<T> items = new ArrayList<>();
        for (JsonParser.Event e = parser.next(); e != JsonParser.Event.END_ARRAY; e = parser.next()) {
            if (e == JsonParser.Event.START_OBJECT) {
                items.add(item(parser.getObject(), part, items.size(), type));
            } else {
                skip(parser, e);
                problems.add(part, items.size(), "item", "must be a JSON object");
                items.add(item(JsonValue.EMPTY_JSON_OBJECT, part, items.size(), type));
            }
        }
        return items;
    }

    /** The item read by the API's one reader; each value of the wrong type is a problem at its JSON path, read as absent. */
    private <T extends Record> T item(JsonObject o, String part, int index, Class<T> type) {
        return JsonBody.bind(o, type, (field, message) -> problems.add(part, index, field, reason(field, message)));
    }

    /** "'eligible' must be true or false." reads "devices[1].eligible: must be true or false" after its path. */
    private static String reason(String field, String message) {
        String quoted = "'" + field + "' ";
        String reason = message.startsWith(quoted) ? message.substring(quoted.length()) : message;
        return reason.endsWith(".") ? reason.substring(0, reason.length() - 1) : reason;
    }

    private static void skip(JsonParser parser, JsonParser.Event value) {
        if (value == JsonParser.Event.START_OBJECT) {
            parser.skipObject();
        } else if (value == JsonParser.Event.START_ARRAY) {
            parser.skipArray();
        }
    }
}
