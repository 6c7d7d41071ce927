package org.mxdr.identity.boundary;

import java.time.Clock;
import java.time.Instant;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.mxdr.audit.control.AuditTrail;
import org.mxdr.identity.control.PasswordResets;
import org.mxdr.identity.control.UserRegistry;
import org.mxdr.identity.entity.AppUser;
import org.mxdr.identity.entity.PasswordReset;
import org.mxdr.platform.NotFound;
import org.mxdr.platform.SingleUseLink;

/**
 * The public side of a password reset: anyone may ask for a link for a username (the answer is
 * the same whether it exists or not, so nothing tells who has an account), and whoever holds the
 * latest valid link sets a new password once.
 */
@Stateless
@PermitAll
public class PasswordResetService {
    @Inject
    Clock clock;

    @Inject
    UserRegistry users;

    @Inject
    PasswordResets resets;

    @Inject
    AuditTrail audit;

    /** Mails a link to the account's address when the username belongs to an enabled account; silent otherwise. */
    public void request(@NotBlank(message = "Your username is required.") @Size(max = 64, message = "No username is that long.") String username) {
        users.find(username.trim().toLowerCase(java.util.Locale.ROOT)).filter(AppUser::isEnabled)
                .ifPresent(user -> resets.send(user, "You (or someone who knows your username)"));
    }

    /** What the link would do now, for the page that asks for the new password. */
    public SingleUseLink.State inspect(String token) {
        return resets.find(token, false).orElseThrow(PasswordResetService::unknown).stateAt(Instant.now(clock));
    }

    /** Sets the new password with the link, once; returns the username to sign in with. */
    public String complete(@NotBlank(message = "The link's token is required.") String token,
                           @NotBlank(message = "A new password is required.") @Size(max = 1024, message = "The password is too long.") String password) {
        PasswordReset reset = resets.find(token, true).orElseThrow(PasswordResetService::unknown);
        AppUser user = users.byId(reset.getUserId()).orElseThrow(PasswordResetService::unknown);
        reset.redeem(Instant.now(clock));
        user.changePassword(password);
        audit.record(user.getUsername(), user.getTenantId(), "user.password.reset", null, "username=" + user.getUsername());
        return user.getUsername();
    }

    private static NotFound unknown() {
        return new NotFound("This reset link is not valid. Copy the whole link from the email, or ask for a new one on the sign-in page.");
    }
}
