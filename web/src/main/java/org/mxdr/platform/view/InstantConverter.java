package org.mxdr.platform.view;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.html.HtmlOutputText;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * Shows every instant in the console the same way: to the minute, in the viewer's time zone (see
 * {@link ViewerZone}), naming it; on hover (the title) the same instant in UTC. The one place the
 * console formats a time: view beans that put a time into words call {@link #shown(Instant)}.
 */
@FacesConverter(forClass = Instant.class)
public class InstantConverter implements Converter<Instant> {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz", Locale.ENGLISH);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        return value == null || value.isBlank() ? null : Instant.parse(value);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        if (value == null) {
            return "";
        }
        if (component instanceof HtmlOutputText text) {
            // read by the renderer after the value, row by row in tables: the UTC time on hover
            text.setTitle(utc(value));
        }
        return shown(value);
    }

    /** The instant in the viewer's zone, e.g. "2026-12-01 10:00 CET" ("... UTC" when the zone is UTC). */
    public static String shown(Instant value) {
        ZoneId zone = CDI.current().select(ViewerZone.class).get().zone();
        return zone.normalized().equals(ZoneOffset.UTC) ? utc(value) : FORMAT.format(value.atZone(zone));
    }

    public static String utc(Instant value) {
        return UTC.format(value);
    }
}
