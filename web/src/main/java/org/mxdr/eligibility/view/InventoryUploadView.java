package org.mxdr.eligibility.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import org.mxdr.eligibility.boundary.InventoryService;
import org.mxdr.eligibility.entity.ImportResult;
import org.mxdr.eligibility.entity.InvalidInventory;
import org.mxdr.eligibility.entity.InventoryPart;
import org.mxdr.eligibility.entity.Problem;
import org.mxdr.onboarding.boundary.TenantService;
import org.mxdr.onboarding.entity.Tenant;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.view.FieldMessages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/** CSV upload of one inventory part at a time; a refused file shows every bad row. */
@Named
@ViewScoped
public class InventoryUploadView implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The same limit as PUT /tenants/{t}/inventory/{part}. */
    public static final long LIMIT = 10L * 1024 * 1024;

    @Inject
    transient InventoryService inventory;

    @Inject
    transient TenantService tenants;

    private String id;
    private Tenant tenant;
    private List<Problem> problems = List.of();
    /** Why the last file was refused; shown until the next upload, unlike a passing message. */
    private String refusal;

    public void load() {
        tenant = tenants.get(id);
    }

    public void upload(FileUploadEvent event) {
        InventoryPart part = InventoryPart.valueOf((String) event.getComponent().getAttributes().get("part"));
        UploadedFile file = event.getFile();
        problems = List.of();
        refusal = null;
        if (file.getSize() > LIMIT) {
            refusal = "'" + file.getFileName() + "' is larger than the 10 MB a file may have. Split it, or send it through the API.";
            return;
        }
        try (InputStream in = file.getInputStream()) {
            ImportResult result = inventory.importCsv(id, part, in);
            FieldMessages.info(part.label() + " imported from '" + file.getFileName() + "': " + count(result, part) + " rows. "
                    + "The readiness assessment reflects them now.");
        } catch (InvalidInventory refused) {
            problems = refused.problems();
            refusal = "'" + file.getFileName() + "' was refused and nothing was imported: " + problems.size()
                    + (problems.size() == 1 ? " problem" : " problems") + ", listed below.";
        } catch (BadInput | ConstraintViolationException refused) {
            refusal = "'" + file.getFileName() + "' was refused and nothing was imported: " + refused.getMessage();
        } catch (IOException e) {
            refusal = "The uploaded file could not be read; try again.";
        }
    }

    private static int count(ImportResult r, InventoryPart part) {
        return switch (part) {
            case LICENSES -> r.licenses();
            case USERS -> r.users();
            case DEVICES -> r.devices();
        };
    }

    public InventoryPart[] getParts() {
        return InventoryPart.values();
    }

    public long getLimit() {
        return LIMIT;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Tenant getTenant() {
        return tenant;
    }

    public List<Problem> getProblems() {
        return problems;
    }

    public String getRefusal() {
        return refusal;
    }
}
