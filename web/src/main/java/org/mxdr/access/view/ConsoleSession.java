package org.mxdr.access.view;

import java.io.Serializable;
import java.util.UUID;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;

/**
 * A random token of one console session, so an expert's entry into a tenant is audited once per
 * session. Random rather than derived from the session id, which must stay secret.
 */
@Named
@SessionScoped
public class ConsoleSession implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String token = UUID.randomUUID().toString().substring(0, 13);

    public String token() {
        return token;
    }
}
