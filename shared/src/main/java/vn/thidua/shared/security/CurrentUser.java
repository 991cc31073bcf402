package vn.thidua.shared.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** The caller of the current request (servlet services). */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static PlatformPrincipal require() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof PlatformAuthentication platform) {
            return platform.platformPrincipal();
        }
        throw new AuthenticationCredentialsNotFoundException("No platform token");
    }

    public static String bearerToken() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof PlatformAuthentication platform) {
            return platform.getToken().getTokenValue();
        }
        return null;
    }
}
