package org.mxdr.onboarding.boundary;

import jakarta.validation.constraints.Size;

/**
 * The public interest form. Sizes are checked here so oversized text never reaches the entity,
 * which checks the rest (required fields, email, country, seats).
 */
public record InterestForm(
        @Size(max = 200, message = "Your name must have at most 200 characters.") String name,
        @Size(max = 254, message = "The email address must have at most 254 characters.") String email,
        @Size(max = 200, message = "The organisation must have at most 200 characters.") String organisation,
        @Size(max = 100, message = "The country must have at most 100 characters.") String country,
        Integer seats,
        @Size(max = 4000, message = "The message must have at most 4000 characters.") String message) {
}
