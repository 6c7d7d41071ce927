package org.mxdr.response.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.mxdr.response.entity.ActionType;

/**
 * The request body of POST /tenants/{t}/incidents/{i}/actions: the action, the incident's device or
 * user it targets, and the expert's rationale (why; required when the action becomes a card).
 */
public record ActionRequest(@NotNull(message = "The action type is required.") ActionType type,
                            @NotBlank(message = "The target is required.") String target, String detail, String rationale) {
}
