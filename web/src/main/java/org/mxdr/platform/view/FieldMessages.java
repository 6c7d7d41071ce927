package org.mxdr.platform.view;

import java.util.Comparator;
import java.util.Map;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import org.mxdr.platform.BadInput;
import org.mxdr.platform.Conflict;

/**
 * Puts a boundary's refusal next to the input it names: a form's component ids are the
 * boundary's field names, so {@code form:name} shows what the boundary said about "name".
 */
public final class FieldMessages {
    private FieldMessages() {
    }

    public static void show(String formId, RuntimeException refusal) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String field = null;
        String message = refusal.getMessage();
        if (refusal instanceof BadInput bad) {
            field = bad.field();
        } else if (refusal instanceof Conflict conflict) {
            field = conflict.field();
        } else if (refusal instanceof ConstraintViolationException violations) {
            ConstraintViolation<?> first = violations.getConstraintViolations().stream()
                    .min(Comparator.comparing(v -> v.getPropertyPath().toString())).orElse(null);
            if (first != null) {
                message = first.getMessage();
                for (Path.Node node : first.getPropertyPath()) {
                    if (node.getKind() == ElementKind.PROPERTY) {
                        field = node.getName();
                    }
                }
            }
        }
        String clientId = field == null ? null : formId + ":" + field;
        UIComponent input = clientId == null ? null : faces.getViewRoot().findComponent(clientId);
        if (input == null) {
            clientId = null;
        } else if (input instanceof UIInput named) {
            // marked like a field that failed validation (aria-invalid): the focus moves to it (console.js);
            // what was typed stays shown (an invalid field without a submitted value is rendered empty)
            Map<String, String> sent = faces.getExternalContext().getRequestParameterMap();
            String typed = sent.containsKey(clientId) ? sent.get(clientId) : sent.get(clientId + "_input");
            if (typed != null) {
                named.setSubmittedValue(typed);
            }
            named.setValid(false);
        }
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        faces.validationFailed();
    }

    public static void info(String summary) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, null));
    }
}
