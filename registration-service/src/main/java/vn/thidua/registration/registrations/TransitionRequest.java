package vn.thidua.registration.registrations;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A move of the workflow; RETURN and REJECT need a reason. */
public record TransitionRequest(@NotNull RegistrationAction action, @Size(max = 2000) String reason) {
}
