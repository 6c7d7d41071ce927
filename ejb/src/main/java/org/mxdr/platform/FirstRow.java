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
import jakarta.validation.constraints.Min;

/** The first row of a page: zero or more. */
@Min(0)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Target({PARAMETER, FIELD, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface FirstRow {
    String message() default "The first row cannot be negative.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
