package vn.thidua.shared.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** A validated JWT together with the platform principal derived from it. */
public class PlatformAuthentication extends JwtAuthenticationToken {

    private final PlatformPrincipal platformPrincipal;

    public PlatformAuthentication(Jwt jwt, Collection<? extends GrantedAuthority> authorities,
            PlatformPrincipal platformPrincipal) {
        super(jwt, authorities, platformPrincipal.username());
        this.platformPrincipal = platformPrincipal;
    }

    public PlatformPrincipal platformPrincipal() {
        return platformPrincipal;
    }
}
