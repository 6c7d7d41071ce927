package org.mxdr.reports.view;

import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.mxdr.reports.entity.ReportFigures;
import org.mxdr.reports.entity.ReportWords;

/** Chart.js configurations for PrimeFaces' p:chart, as JSON, in the console's colours (no script of our own). */
final class ChartConfig {
    static final String PRIMARY = "#1d4ed8";
    static final String SECOND = "#0f766e";

    private ChartConfig() {
    }

    static String bars(List<ReportFigures.Count> counts, boolean horizontal, Function<String, String> label) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        counts.forEach(c -> {
            labels.add(label.apply(c.name()));
            data.add(c.count());
        });
        return config(labels, Json.createArrayBuilder().add(dataset("Incidents", data, PRIMARY)), horizontal, false);
    }

    static String trends(List<ReportFigures> months) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder investigated = Json.createArrayBuilder();
        JsonArrayBuilder resolved = Json.createArrayBuilder();
        for (ReportFigures m : months) {
            labels.add(month(m));
            investigated.add(m.investigated());
            resolved.add(m.resolved());
        }
        return config(labels, Json.createArrayBuilder().add(dataset("Investigated", investigated, PRIMARY)).add(dataset("Resolved", resolved, SECOND)),
                false, true);
    }

    static String month(ReportFigures m) {
        return m.period().from().getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + m.period().from().getYear();
    }

    /** What a screen reader says for a chart: its values in words. */
    static String describe(String title, List<ReportFigures.Count> counts, Function<String, String> label) {
        StringBuilder s = new StringBuilder(title).append(": ");
        for (int i = 0; i < counts.size(); i++) {
            s.append(i == 0 ? "" : ", ").append(label.apply(counts.get(i).name())).append(' ').append(counts.get(i).count());
        }
        return s.toString();
    }

    static Function<String, String> severityLabel() {
        return ReportWords::severity;
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour).add("borderRadius", 3)
                .add("maxBarThickness", 36);
    }

    private static String config(JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean horizontal, boolean legend) {
        JsonObject ticks = Json.createObjectBuilder().add("precision", 0).build();
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", legend)))
                .add("scales", Json.createObjectBuilder().add(horizontal ? "x" : "y", Json.createObjectBuilder().add("beginAtZero", true).add("ticks", ticks)));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return Json.createObjectBuilder().add("type", "bar").add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString();
    }
}
