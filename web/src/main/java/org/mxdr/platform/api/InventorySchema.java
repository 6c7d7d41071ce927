package org.mxdr.platform.api;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.mxdr.eligibility.entity.AvMode;

/** The inventory body of PUT /tenants/{t}/inventory, streamed item by item by InventoryJson. */
final class InventorySchema {
    private InventorySchema() {
    }

    static Schema schema() {
        Schema integer = OASFactory.createSchema().type(List.of(SchemaType.INTEGER));
        Schema texts = OASFactory.createSchema().type(List.of(SchemaType.ARRAY)).items(RequestSchemas.text());
        Schema license = RequestSchemas.object(List.of("product", "seats"), "product", RequestSchemas.text(), "seats", integer);
        Schema user = RequestSchemas.object(List.of("externalId"), "externalId", RequestSchemas.text(), "name", RequestSchemas.text(),
                "licenses", texts, "userGroup", RequestSchemas.text());
        Schema device = RequestSchemas.object(List.of("externalId"), "externalId", RequestSchemas.text(), "name", RequestSchemas.text(),
                "os", RequestSchemas.text(), "eligible", RequestSchemas.bool(), "onboarded", RequestSchemas.bool(),
                "avMode", RequestSchemas.oneOf(AvMode.values()), "deviceGroup", RequestSchemas.text());
        return RequestSchemas.object(List.of(), "licenses", array(license), "users", array(user), "devices", array(device));
    }

    private static Schema array(Schema items) {
        return OASFactory.createSchema().type(List.of(SchemaType.ARRAY)).items(items);
    }
}
