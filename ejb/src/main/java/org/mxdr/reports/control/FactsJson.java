package org.mxdr.reports.control;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import org.mxdr.reports.entity.IncidentFacts;
import org.mxdr.reports.entity.IncidentFacts.Action;
import org.mxdr.reports.entity.IncidentFacts.Asset;

/** The outbox payload of a snapshot of facts, and back. */
final class FactsJson {
    private FactsJson() {
    }

    static String write(IncidentFacts f) {
        JsonArrayBuilder assets = Json.createArrayBuilder();
        f.assets().forEach(a -> assets.add(obj().add("kind", a.kind()).add("externalId", a.externalId()).add("name", str(a.name()))));
        JsonArrayBuilder actions = Json.createArrayBuilder();
        f.actions().forEach(a -> actions.add(obj().add("actionId", a.actionId()).add("type", a.type()).add("target", a.target())
                .add("state", a.state()).add("recommended", a.recommended()).add("requestedAt", time(a.requestedAt()))
                .add("answeredAt", time(a.answeredAt()))));
        return obj().add("incidentId", f.incidentId()).add("tenantId", f.tenantId()).add("externalId", f.externalId())
                .add("title", f.title()).add("severity", f.severity()).add("category", f.category()).add("tactic", f.tactic())
                .add("status", f.status()).add("classification", str(f.classification())).add("createdAt", time(f.createdAt()))
                .add("takenAt", time(f.takenAt())).add("classifiedAt", time(f.classifiedAt())).add("resolvedAt", time(f.resolvedAt()))
                .add("awaitingCustomerSince", time(f.awaitingCustomerSince())).add("customerMs", f.customerMs())
                .add("assets", assets).add("actions", actions).add("slaMet", str(f.slaMet())).build().toString();
    }

    static IncidentFacts read(String json) {
        JsonObject o;
        try (var reader = Json.createReader(new StringReader(json))) {
            o = reader.readObject();
        }
        List<Asset> assets = o.getJsonArray("assets").getValuesAs(JsonObject.class).stream()
                .map(a -> new Asset(a.getString("kind"), a.getString("externalId"), text(a, "name"))).toList();
        List<Action> actions = o.getJsonArray("actions").getValuesAs(JsonObject.class).stream()
                .map(a -> new Action(a.getString("actionId"), a.getString("type"), a.getString("target"), a.getString("state"),
                        a.getBoolean("recommended"), instant(a, "requestedAt"), instant(a, "answeredAt"))).toList();
        return new IncidentFacts(o.getString("incidentId"), o.getString("tenantId"), o.getString("externalId"), o.getString("title"),
                o.getString("severity"), o.getString("category"), o.getString("tactic"), o.getString("status"), text(o, "classification"),
                instant(o, "createdAt"), instant(o, "takenAt"), instant(o, "classifiedAt"), instant(o, "resolvedAt"),
                instant(o, "awaitingCustomerSince"), o.getJsonNumber("customerMs").longValue(), assets, actions,
                o.containsKey("slaMet") ? text(o, "slaMet") : null); // facts written before the outcomes were kept have none
    }

    private static JsonObjectBuilder obj() {
        return Json.createObjectBuilder();
    }

    private static JsonValue str(String s) {
        return s == null ? JsonValue.NULL : Json.createValue(s);
    }

    private static JsonValue time(Instant t) {
        return t == null ? JsonValue.NULL : Json.createValue(t.toString());
    }

    private static String text(JsonObject o, String key) {
        return o.isNull(key) ? null : o.getString(key);
    }

    private static Instant instant(JsonObject o, String key) {
        return o.isNull(key) ? null : Instant.parse(o.getString(key));
    }
}
