package org.mxdr.eligibility.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.mxdr.eligibility.entity.AvMode;
import org.mxdr.eligibility.entity.DeviceItem;
import org.mxdr.eligibility.entity.Inventory;
import org.mxdr.eligibility.entity.InventoryPart;
import org.mxdr.eligibility.entity.LicenseItem;
import org.mxdr.eligibility.entity.Problems;
import org.mxdr.eligibility.entity.UserItem;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Text;

/**
 * Reads one inventory part from a CSV file (UTF-8, header line first, columns in any order and
 * case). Values that are not what their column needs are reported to {@link Problems} by line and
 * column; the domain checks the rest.
 */
public final class InventoryCsv {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).setIgnoreSurroundingSpaces(true)
            .get();

    private final InventoryPart part;
    private final Problems problems;

    public InventoryCsv(InventoryPart part, Problems problems) {
        this.part = part;
        this.problems = problems;
    }

    public Inventory read(InputStream in) {
        try (CSVParser parser = CSVParser.parse(withoutBom(new InputStreamReader(in, StandardCharsets.UTF_8)), FORMAT)) {
            Map<String, String> columns = columns(parser.getHeaderNames());
            if (columns == null) {
                return new Inventory(null, null, null);
            }
            List<Object> items = new ArrayList<>();
            for (CSVRecord record : parser) {
                items.add(item(new Row(record, columns, items.size())));
            }
            return inventory(items);
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            // commons-csv refuses a header it cannot name (empty, duplicate) with IllegalArgumentException
            throw new BadInput("file", "The file is not readable as CSV: " + firstLine(e.getMessage()));
        }
    }

    /** Lower-cased column name to the header as written; null (and a problem) when one is missing. */
    private Map<String, String> columns(List<String> header) {
        Map<String, String> byName = new TreeMap<>();
        header.forEach(h -> byName.put(h.toLowerCase(Locale.ROOT), h));
        List<String> missing = part.columns().stream().filter(c -> !byName.containsKey(c.toLowerCase(Locale.ROOT))).toList();
        if (!missing.isEmpty()) {
            problems.add("header", -1, "header", "the first line must name the columns " + String.join(",", part.columns())
                    + "; missing: " + String.join(", ", missing));
            return null;
        }
        return byName;
    }

    private Object item(Row r) {
        return switch (part) {
            case LICENSES -> new LicenseItem(r.text("product"), r.integer("seats"));
            case USERS -> new UserItem(r.text("externalId"), r.text("name"), r.list("licenses"), r.text("userGroup"));
            case DEVICES -> new DeviceItem(r.text("externalId"), r.text("name"), r.text("os"), r.bool("eligible"),
                    r.bool("onboarded"), r.avMode(), r.text("deviceGroup"));
        };
    }

    @SuppressWarnings("unchecked")
    private Inventory inventory(List<?> items) {
        return switch (part) {
            case LICENSES -> new Inventory((List<LicenseItem>) items, null, null);
            case USERS -> new Inventory(null, (List<UserItem>) items, null);
            case DEVICES -> new Inventory(null, null, (List<DeviceItem>) items);
        };
    }

    /** One record's values by column name, reporting values of the wrong kind. */
    private final class Row {
        private final CSVRecord record;
        private final Map<String, String> columns;
        private final int index;

        Row(CSVRecord record, Map<String, String> columns, int index) {
            this.record = record;
            this.columns = columns;
            // row numbers as a spreadsheet shows them: the header is row 1
            this.index = index;
        }

        String text(String column) {
            // optional columns (userGroup) may be absent from the header
            String header = columns.get(column.toLowerCase(Locale.ROOT));
            String value = header != null && record.isSet(header) ? record.get(header) : null;
            return value == null || value.isEmpty() ? null : value;
        }

        Integer integer(String column) {
            String v = text(column);
            try {
                return v == null ? null : Integer.valueOf(v);
            } catch (NumberFormatException e) {
                problems.add(part.name(), index, column, "'" + Text.abbreviate(v) + "' is not a whole number");
                return null;
            }
        }

        Boolean bool(String column) {
            String v = text(column);
            if (v == null) {
                return null;
            }
            return switch (v.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "1" -> true;
                case "false", "no", "0" -> false;
                default -> {
                    problems.add(part.name(), index, column, "'" + Text.abbreviate(v) + "' is not true or false");
                    yield null;
                }
            };
        }

        AvMode avMode() {
            String v = text("avMode");
            try {
                return v == null ? null : AvMode.valueOf(v.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(part.name(), index, "avMode", "'" + Text.abbreviate(v) + "' is not one of ACTIVE, PASSIVE, DISABLED");
                return null;
            }
        }

        /** Product keys separated by semicolons (or spaces) inside one quoted or plain value. */
        List<String> list(String column) {
            String v = text(column);
            return v == null ? List.of() : Arrays.stream(v.split("[;\\s]+")).filter(s -> !s.isEmpty())
                    .map(s -> s.toUpperCase(Locale.ROOT)).toList();
        }
    }

    private static Reader withoutBom(Reader reader) throws IOException {
        BufferedReader buffered = new BufferedReader(reader);
        buffered.mark(1);
        if (buffered.read() != '\uFEFF') {
            buffered.reset();
        }
        return buffered;
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable content." : message.lines().findFirst().orElse("");
    }
}
