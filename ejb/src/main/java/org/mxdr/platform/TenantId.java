package org.mxdr.platform;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.NotNull;

/** The tenant a boundary call works in: required, refused naming the parameter. */
@NotNull
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Target({PARAMETER, FIELD, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface TenantId {
    String message() default "A tenant id is required.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
