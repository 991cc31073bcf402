package vn.thidua.gateway;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerReactiveAuthenticationManagerResolver;
import org.springframework.security.oauth2.server.resource.authentication.JwtReactiveAuthenticationManager;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
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
        // One manager per trusted issuer, built on first use (issuers' decoders are lazy too), instead of a new
        // manager on every request. An untrusted issuer gets none (401) and is not remembered.
        Map<String, ReactiveAuthenticationManager> managers = new ConcurrentHashMap<>();
        JwtIssuerReactiveAuthenticationManagerResolver resolver = new JwtIssuerReactiveAuthenticationManagerResolver(
                issuer -> {
                    if (!issuers.isTrusted(issuer)) {
                        return Mono.empty();
                    }
                    return Mono.just(managers.computeIfAbsent(issuer, i -> {
                        JwtReactiveAuthenticationManager manager =
                                new JwtReactiveAuthenticationManager(issuers.decoderFor(i));
                        manager.setJwtAuthenticationConverter(jwt -> Mono.just(converter.convert(jwt)));
                        return manager;
                    }));
                });
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                // Stateless: a bearer token on every request, never a session. The defaults (security context and
                // saved request in the WebSession) made every request create a WebSession: a random UUID on a
                // boundedElastic thread, then a hop to a parallel thread for the rest of the filter chain.
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
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

    /**
     * No Spring Security observations at the edge. With an observation registry present (actuator), Spring
     * Security otherwise wraps its web filter chain, each of its filters, the authentication and the
     * authorization in observations of their own: started, scoped and stopped on every request, each scope then
     * restored on every reactor hop by context propagation. In the profile, observation work per request fell
     * by more than half without them. Request metrics stay: {@code http.server.requests} and the gateway's own.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
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
