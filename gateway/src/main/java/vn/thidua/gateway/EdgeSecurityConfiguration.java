package vn.thidua.gateway;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerReactiveAuthenticationManagerResolver;
import org.springframework.security.oauth2.server.resource.authentication.JwtReactiveAuthenticationManager;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import reactor.core.publisher.Mono;
import vn.thidua.shared.security.PlatformJwtConverter;
import vn.thidua.shared.security.PlatformSecurityProperties;
import vn.thidua.shared.security.TrustedIssuers;

/**
 * JWT validation at the edge: a request without a valid token from a trusted issuer never reaches a service.
 * The services validate again (defence in depth; they are reachable inside the cluster).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PlatformSecurityProperties.class)
public class EdgeSecurityConfiguration {

    @Bean
    TrustedIssuers<ReactiveJwtDecoder> reactiveTrustedIssuers(PlatformSecurityProperties properties) {
        TrustedIssuers<ReactiveJwtDecoder>[] holder = new TrustedIssuers[1];
        holder[0] = new TrustedIssuers<>(properties, issuer -> {
            NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(issuer.effectiveJwkSetUri())
                    .build();
            decoder.setJwtValidator(holder[0].validatorFor(issuer.getIssuerUri()));
            return decoder;
        });
        return holder[0];
    }

    @Bean
    SecurityWebFilterChain edgeSecurity(ServerHttpSecurity http, TrustedIssuers<ReactiveJwtDecoder> issuers,
            Problems problems) {
        PlatformJwtConverter converter = new PlatformJwtConverter();
        JwtIssuerReactiveAuthenticationManagerResolver resolver = new JwtIssuerReactiveAuthenticationManagerResolver(
                issuer -> {
                    ReactiveJwtDecoder decoder = issuers.decoderFor(issuer);
                    if (decoder == null) {
                        return Mono.empty();
                    }
                    JwtReactiveAuthenticationManager manager = new JwtReactiveAuthenticationManager(decoder);
                    manager.setJwtAuthenticationConverter(jwt -> Mono.just(converter.convert(jwt)));
                    return Mono.just((ReactiveAuthenticationManager) manager);
                });
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .cors(cors -> {
                })
                .authorizeExchange(auth -> auth
                        .pathMatchers(HttpMethod.OPTIONS).permitAll()
                        .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/actuator/prometheus", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
                                "/webjars/**", "/docs/**", "/fallback/**").permitAll()
                        .anyExchange().authenticated())
                .oauth2ResourceServer(oauth -> oauth
                        .authenticationManagerResolver(resolver)
                        .authenticationEntryPoint((exchange, e) -> {
                            exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer");
                            return problems.write(exchange, HttpStatus.UNAUTHORIZED, "unauthorized");
                        })
                        .accessDeniedHandler((exchange, e) -> problems.write(exchange, HttpStatus.FORBIDDEN,
                                "forbidden")))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((exchange, ex) -> {
                            exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer");
                            return problems.write(exchange, HttpStatus.UNAUTHORIZED, "unauthorized");
                        })
                        .accessDeniedHandler((exchange, ex) -> problems.write(exchange, HttpStatus.FORBIDDEN,
                                "forbidden")))
                .build();
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(GatewayProperties properties) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOriginPatterns(properties.getAllowedOrigins());
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept-Language", "Idempotency-Key",
                "If-Match", "X-Request-Id"));
        cors.setExposedHeaders(List.of("ETag", "Location", "X-Request-Id", "Retry-After", "Idempotent-Replayed"));
        cors.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", cors);
        return source;
    }
}
