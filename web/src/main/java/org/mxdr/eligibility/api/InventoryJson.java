package org.mxdr.eligibility.api;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

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
 * 100,000 devices never sit in memory as one JSON tree. Values of the wrong type are reported by
 * JSON path ({@code devices[12].avMode}); the domain checks the rest.
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
                case LicenseItem.PART -> licenses = items(parser, value, key, (o, i) -> {
                    JsonItem f = new JsonItem(o, key, i, problems);
                    return new LicenseItem(f.text("product"), f.integer("seats"));
                });
                case UserItem.PART -> users = items(parser, value, key, (o, i) -> {
                    JsonItem f = new JsonItem(o, key, i, problems);
                    return new UserItem(f.text("externalId"), f.text("name"), f.texts("licenses"), f.text("userGroup"));
                });
                case DeviceItem.PART -> devices = items(parser, value, key, (o, i) -> {
                    JsonItem f = new JsonItem(o, key, i, problems);
                    return new DeviceItem(f.text("externalId"), f.text("name"), f.text("os"), f.bool("eligible"),
                            f.bool("onboarded"), f.avMode(), f.text("deviceGroup"));
                });
                default -> skip(parser, value);
            }
        }
        return new Inventory(licenses, users, devices);
    }

    private <T> List<T> items(JsonParser parser, JsonParser.Event value, String part, BiFunction<JsonObject, Integer, T> item) {
        if (value != JsonParser.Event.START_ARRAY) {
            skip(parser, value);
            throw new BadInput(part, "'" + part + "' must be an array.");
        }
        List<T> items = new ArrayList<>();
        for (JsonParser.Event e = parser.next(); e != JsonParser.Event.END_ARRAY; e = parser.next()) {
            if (e == JsonParser.Event.START_OBJECT) {
                items.add(item.apply(parser.getObject(), items.size()));
            } else {
                skip(parser, e);
                problems.add(part, items.size(), "item", "must be a JSON object");
                items.add(item.apply(JsonValue.EMPTY_JSON_OBJECT, items.size()));
            }
        }
        return items;
    }

    private static void skip(JsonParser parser, JsonParser.Event value) {
        if (value == JsonParser.Event.START_OBJECT) {
            parser.skipObject();
        } else if (value == JsonParser.Event.START_ARRAY) {
            parser.skipArray();
        }
    }
}
