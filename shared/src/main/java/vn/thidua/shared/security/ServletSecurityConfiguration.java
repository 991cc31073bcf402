package vn.thidua.shared.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.thidua.shared.error.ProblemFactory;

/**
 * Every servlet service is a stateless OAuth2 resource server: JWTs validated locally against the trusted issuers'
 * keys, mapped by the one {@link PlatformJwtConverter}. Health, metrics and API docs are open.
 */
@AutoConfiguration(afterName = "vn.thidua.shared.SharedAutoConfiguration", beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(PlatformSecurityProperties.class)
@EnableMethodSecurity
public class ServletSecurityConfiguration {

    static final String[] OPEN_PATHS = {"/actuator/health", "/actuator/health/**", "/actuator/info",
            "/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
            "/error"};

    @Bean
    @ConditionalOnMissingBean(name = "servletTrustedIssuers")
    TrustedIssuers<JwtDecoder> servletTrustedIssuers(PlatformSecurityProperties properties,
            org.springframework.core.env.Environment environment) {
        properties.setAcceptDevelopmentClients(properties.isAcceptDevelopmentClients()
                && DevelopmentSecrets.isDevelopment(environment.getActiveProfiles()));
        return trustedIssuers(properties);
    }

    /** Each issuer's keys from its JWKS, and the checks of {@link TrustedIssuers#validatorFor}. */
    public static TrustedIssuers<JwtDecoder> trustedIssuers(PlatformSecurityProperties properties) {
        TrustedIssuers<JwtDecoder>[] holder = new TrustedIssuers[1];
        holder[0] = new TrustedIssuers<>(properties, issuer -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(issuer.effectiveJwkSetUri()).build();
            decoder.setJwtValidator(holder[0].validatorFor(issuer.getIssuerUri()));
            return decoder;
        });
        return holder[0];
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain platformSecurityFilterChain(HttpSecurity http, TrustedIssuers<JwtDecoder> issuers,
            PlatformSecurityProperties properties, ProblemFactory problems) throws Exception {
        PlatformJwtConverter converter = new PlatformJwtConverter();
        JwtIssuerAuthenticationManagerResolver resolver = new JwtIssuerAuthenticationManagerResolver(issuer -> {
            JwtDecoder decoder = issuers.decoderFor(issuer);
            if (decoder == null) {
                return null;
            }
            JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
            provider.setJwtAuthenticationConverter(converter::convert);
            return (AuthenticationManager) new ProviderManager(provider);
        });
        List<String> open = new ArrayList<>(List.of(OPEN_PATHS));
        open.addAll(properties.getPublicPaths());
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(open.toArray(String[]::new)).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(oauth -> oauth
                        .authenticationManagerResolver(resolver)
                        .authenticationEntryPoint(ProblemSecurityHandlers.entryPoint(problems))
                        .accessDeniedHandler(ProblemSecurityHandlers.accessDenied(problems)))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(ProblemSecurityHandlers.entryPoint(problems))
                        .accessDeniedHandler(ProblemSecurityHandlers.accessDenied(problems)));
        return http.build();
    }

    /**
     * The report reader's narrow list ({@link ReportReaderAccess}), after the security filter chain (order -100) has
     * set the principal and before anything else of ours reads the request.
     */
    @Bean
    FilterRegistrationBean<ReportReaderFilter> reportReaderFilter(ProblemFactory problems) {
        FilterRegistrationBean<ReportReaderFilter> registration =
                new FilterRegistrationBean<>(new ReportReaderFilter(problems));
        registration.setOrder(-99);
        return registration;
    }

    /**
     * A ceiling on non-multipart request bodies ({@code thidua.limits.max-body}, 1 MB), before the security chain
     * (order -100) parses a token: 413 problem+json.
     */
    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(ProblemFactory problems,
            @org.springframework.beans.factory.annotation.Value("${thidua.limits.max-body:1MB}")
            org.springframework.util.unit.DataSize maxBody) {
        FilterRegistrationBean<RequestBodyLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestBodyLimitFilter(maxBody.toBytes(), problems));
        registration.setOrder(-200);
        return registration;
    }

    /** Outside development, a known development secret in the configuration stops the service at start-up. */
    @Bean
    DevelopmentSecretsCheck developmentSecretsCheck(org.springframework.core.env.ConfigurableEnvironment environment) {
        return new DevelopmentSecretsCheck(environment);
    }

    /** Outside development, stops the service if the identity provider grants development credentials. */
    @Bean
    RealmSafetyCheck realmSafetyCheck(PlatformSecurityProperties properties) {
        return new RealmSafetyCheck(properties);
    }

    /** Lets a controller take {@code PlatformPrincipal caller} as a parameter. */
    @Bean
    WebMvcConfigurer platformPrincipalArgument() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new HandlerMethodArgumentResolver() {
                    @Override
                    public boolean supportsParameter(MethodParameter parameter) {
                        return parameter.getParameterType() == PlatformPrincipal.class;
                    }

                    @Override
                    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                            NativeWebRequest request, WebDataBinderFactory binderFactory) {
                        return CurrentUser.require();
                    }
                });
            }
        };
    }
}
