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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** How many rows a page holds: 1 to {@link PageRequest#MAX_PAGE}; each bound refused in its own words. */
@Min(value = 1, message = "A page has at least one row.")
@Max(value = PageRequest.MAX_PAGE, message = "A page has at most " + PageRequest.MAX_PAGE + " rows.")
@Constraint(validatedBy = {})
@Documented
@Target({PARAMETER, FIELD, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface PageSize {
    String message() default "A page has 1 to " + PageRequest.MAX_PAGE + " rows.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
