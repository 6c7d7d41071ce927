package org.mxdr.identity.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.mxdr.platform.Role;

/** Stores a role by its security name, because the security realm reads the column as is. */
@Converter
public class RoleConverter implements AttributeConverter<Role, String> {
    @Override
    public String convertToDatabaseColumn(Role role) {
        return role == null ? null : role.securityName();
    }

    @Override
    public Role convertToEntityAttribute(String name) {
        return name == null ? null : Role.bySecurityName(name)
                .orElseThrow(() -> new IllegalStateException("Unknown role in the database: " + name));
    }
}
