package org.mxdr.audit.view;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.mxdr.audit.boundary.AuditService;
import org.mxdr.audit.entity.AuditFilter;
import org.mxdr.audit.entity.AuditRecord;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.PageRequest;
import org.mxdr.platform.view.BoundaryPages;
import org.mxdr.platform.view.FieldMessages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

/**
 * What the tenant's and the provider's audit pages share: the filters (who, what, from, to), the
 * lazy table of the filtered trail and its CSV download. The page says whose trail ({@link #scope()}).
 */
public abstract class AuditTrailPage implements Serializable {
    private static final long serialVersionUID = 1L;

    private String actor;
    private String action;
    private LocalDate from;
    private LocalDate to;
    private AuditFilter filter;

    private final LazyDataModel<AuditRecord> records = new BoundaryPages<>(() -> audit().count(filter()),
            (first, size) -> audit().page(filter(), first, size), AuditRecord::getId, PageRequest.MAX_PAGE);

    protected abstract AuditService audit();

    /** A tenant id, AuditChain.PROVIDER, or null for every record. */
    protected abstract String scope();

    protected abstract String fileName();

    /** Applies the filters as typed; a refusal shows next to its field and keeps the last good filter. */
    public void apply() {
        try {
            filter = AuditFilter.parse(scope(), actor, action, from == null ? null : from.toString(), to == null ? null : to.toString());
        } catch (BadInput refusal) {
            FieldMessages.show("auditForm", refusal);
        }
    }

    public void clear() {
        actor = null;
        action = null;
        from = null;
        to = null;
        filter = null;
    }

    AuditFilter filter() {
        return filter != null ? filter : AuditFilter.of(scope());
    }

    public StreamedContent getCsv() {
        AuditFilter current = filter();
        AuditService service = audit();
        return DefaultStreamedContent.builder().name(fileName()).contentType("text/csv; charset=UTF-8").writer(out -> {
            try {
                Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                service.writeCsv(current, writer);
                writer.flush();
            } catch (java.io.IOException e) {
                throw new UncheckedIOException(e);
            }
        }).build();
    }

    public List<Map.Entry<String, String>> getActions() {
        return List.copyOf(AuditFilter.FAMILIES.entrySet());
    }

    public LazyDataModel<AuditRecord> getRecords() {
        return records;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
