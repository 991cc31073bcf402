package vn.thidua.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.shared.security.PlatformJwtConverter;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.security.PlatformRole;
import vn.thidua.shared.security.UnitLevel;

/**
 * The realm as code ({@code config/keycloak/thidua-realm.json} with the development overlay
 * {@code thidua-realm-dev.json}, merged by the launcher) against a real, running Keycloak: every demo user
 * gets a token whose claims the platform's own converter turns into the expected principal, and the clients allow
 * exactly the flows they are meant to (password grant only on the development clients, Authorization Code with
 * PKCE S256 only on the mobile and web clients).
 *
 * <p>Keycloak's base URL comes from {@code -Dthidua.keycloak.url} (default {@code http://localhost:8180}).
 */
class KeycloakRealmIT {

    static final String BASE_URL = System.getProperty("thidua.keycloak.url", "http://localhost:8180")
            .replaceAll("/+$", "");
    static final String REALM_URL = BASE_URL + "/realms/thidua";
    static final String OIDC = REALM_URL + "/protocol/openid-connect";
    static final String TOKEN_URL = OIDC + "/token";
    static final String AUTH_URL = OIDC + "/auth";
    static final String CERTS_URL = OIDC + "/certs";

    static final String DEV_CLIENT = "thidua-dev-cli";
    static final String LOAD_TEST_CLIENT = "thidua-load-test";
    static final String MOBILE_CLIENT = "thidua-mobile";
    static final String WEB_CLIENT = "thidua-web";
    static final String SERVICE_CLIENT = "thidua-service";
    static final String REPORTING_CLIENT = "thidua-reporting";
    static final String MOBILE_REDIRECT = "vn.thidua.mobile:/oauth2/callback";
    static final String API_AUDIENCE = "thidua-api";
    /** Demo password of every demo user: development realm only. */
    static final String DEMO_PASSWORD = "demo";
    static final long MAX_ACCESS_TOKEN_SECONDS = 300;

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    static final SecureRandom RANDOM = new SecureRandom();

    static NimbusJwtDecoder decoder;
    static final PlatformJwtConverter converter = new PlatformJwtConverter();

    /** One demo user of the realm and what the platform must make of their token. */
    record DemoUser(String username, PlatformRole role, String tenant, String unitCode, UnitLevel level) {
        @Override
        public String toString() {
            return username;
        }
    }

    /** The demo users of config/keycloak/thidua-realm.json (see config/keycloak/README.md). */
    static Stream<DemoUser> demoUsers() {
        return Stream.of(
                new DemoUser("national.admin", PlatformRole.NATIONAL_ADMIN, null, "VN", UnitLevel.NATIONAL),
                new DemoUser("national.inspector", PlatformRole.INSPECTOR, null, "VN", UnitLevel.NATIONAL),
                // Lai Châu (12): not merged in 2025
                new DemoUser("laichau.admin", PlatformRole.PROVINCE_ADMIN, "12", "12", UnitLevel.PROVINCE),
                new DemoUser("laichau.appraiser", PlatformRole.APPRAISER, "12", "12", UnitLevel.PROVINCE),
                new DemoUser("laichau.commune", PlatformRole.COMMUNE_OFFICER, "12", "03390", UnitLevel.COMMUNE),
                new DemoUser("laichau.district", PlatformRole.DISTRICT_OFFICER, "12", "106", UnitLevel.DISTRICT),
                new DemoUser("laichau.standing", PlatformRole.STANDING_AGENCY_OFFICER, "12", "12-SNNMT",
                        UnitLevel.AGENCY),
                new DemoUser("laichau.department", PlatformRole.DEPARTMENT_OFFICER, "12", "12-SYT", UnitLevel.AGENCY),
                new DemoUser("laichau.signer", PlatformRole.DECISION_SIGNER, "12", "12", UnitLevel.PROVINCE),
                // Chủ tịch UBND xã Bình Lư: signs the commune's own Giấy khen (separation of duties)
                new DemoUser("laichau.commune.head", PlatformRole.DECISION_SIGNER, "12", "03390", UnitLevel.COMMUNE),
                // Cao Bằng (04): not merged in 2025
                new DemoUser("caobang.admin", PlatformRole.PROVINCE_ADMIN, "04", "04", UnitLevel.PROVINCE),
                new DemoUser("caobang.appraiser", PlatformRole.APPRAISER, "04", "04", UnitLevel.PROVINCE),
                new DemoUser("caobang.commune", PlatformRole.COMMUNE_OFFICER, "04", "01654", UnitLevel.COMMUNE),
                new DemoUser("caobang.district", PlatformRole.DISTRICT_OFFICER, "04", "051", UnitLevel.DISTRICT),
                // Ban Dân tộc Cao Bằng (04-BDT): its head decides the Giấy khen of its internal plan (seed 002)
                new DemoUser("caobang.bdt.head", PlatformRole.DECISION_SIGNER, "04", "04-BDT", UnitLevel.AGENCY),
                new DemoUser("caobang.bdt.officer", PlatformRole.DEPARTMENT_OFFICER, "04", "04-BDT", UnitLevel.AGENCY),
                // Quảng Trị (44 = old Quảng Bình's code): absorbed old Quảng Trị (45) on 1 July 2025
                new DemoUser("quangtri.admin", PlatformRole.PROVINCE_ADMIN, "44", "44", UnitLevel.PROVINCE),
                new DemoUser("quangtri.appraiser", PlatformRole.APPRAISER, "44", "44", UnitLevel.PROVINCE),
                new DemoUser("quangtri.commune", PlatformRole.COMMUNE_OFFICER, "44", "19597", UnitLevel.COMMUNE),
                new DemoUser("quangtri.district", PlatformRole.DISTRICT_OFFICER, "44", "452", UnitLevel.DISTRICT),
                // Vĩnh Long (86): absorbed Bến Tre and Trà Vinh on 1 July 2025; owns Bến Tre's 2021–2025 plan
                new DemoUser("vinhlong.admin", PlatformRole.PROVINCE_ADMIN, "86", "86", UnitLevel.PROVINCE));
    }

    @BeforeAll
    static void realmIsUp() throws Exception {
        HttpResponse<String> discovery;
        try {
            discovery = HTTP.send(HttpRequest.newBuilder(URI.create(REALM_URL + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException unreachable) {
            throw new IllegalStateException("Keycloak is not reachable at " + BASE_URL
                    + " (start the local stack, or set -Dthidua.keycloak.url)", unreachable);
        }
        assertThat(discovery.statusCode()).as("realm thidua at %s", REALM_URL).isEqualTo(200);
        String issuer = JSON.readTree(discovery.body()).path("issuer").asString();
        assertThat(issuer).endsWith("/realms/thidua");

        decoder = NimbusJwtDecoder.withJwkSetUri(CERTS_URL).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer));
    }

    // (a) every demo user -----------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoUsers")
    void demoUserTokenMapsToTheExpectedPrincipal(DemoUser user) throws Exception {
        JsonNode tokens = passwordGrant(DEV_CLIENT, user.username(), DEMO_PASSWORD);
        Jwt jwt = decoder.decode(tokens.path("access_token").asString());

        assertThat(jwt.getAudience()).contains(API_AUDIENCE);
        assertThat(jwt.getClaimAsString("azp")).isEqualTo(DEV_CLIENT);
        assertThat(jwt.getClaimAsString(PlatformJwtConverter.CLAIM_UNIT_LEVEL))
                .isEqualTo(user.level().name().toLowerCase(Locale.ROOT));
        if (user.tenant() == null) {
            assertThat(jwt.hasClaim(PlatformJwtConverter.CLAIM_TENANT))
                    .as("a national user carries no tenant claim").isFalse();
        } else {
            assertThat(jwt.getClaimAsString(PlatformJwtConverter.CLAIM_TENANT)).isEqualTo(user.tenant());
        }

        PlatformPrincipal principal = converter.toPrincipal(jwt);
        assertThat(principal.username()).isEqualTo(user.username());
        assertThat(principal.subject()).isNotBlank();
        assertThat(principal.displayName()).isNotBlank();
        assertThat(principal.roles()).containsExactly(user.role());
        assertThat(principal.tenant()).isEqualTo(user.tenant());
        assertThat(principal.unitCode()).isEqualTo(user.unitCode());
        assertThat(principal.unitLevel()).isEqualTo(user.level());
        assertThat(principal.isNational()).isEqualTo(user.level() == UnitLevel.NATIONAL);
    }

    @Test
    void loadTestClientIssuesPlatformTokens() throws Exception {
        Jwt jwt = decoder.decode(passwordGrant(LOAD_TEST_CLIENT, "laichau.commune", DEMO_PASSWORD)
                .path("access_token").asString());
        assertThat(jwt.getAudience()).contains(API_AUDIENCE);
        assertThat(jwt.getClaimAsString("azp")).isEqualTo(LOAD_TEST_CLIENT);
        assertThat(converter.toPrincipal(jwt).roles()).containsExactly(PlatformRole.COMMUNE_OFFICER);
    }

    /**
     * The two confidential clients (production realm; the development overlay gives them known secrets): client
     * credentials give a national, read-only {@code report-reader} through the named read scope, nothing more.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {SERVICE_CLIENT, REPORTING_CLIENT})
    void serviceAccountsAreNationalReportReadersThroughTheNamedReadScope(String clientId) throws Exception {
        HttpResponse<String> response = postForm(TOKEN_URL, Map.of(
                "grant_type", "client_credentials", "client_id", clientId, "client_secret", secretOf(clientId)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Jwt jwt = decoder.decode(JSON.readTree(response.body()).path("access_token").asString());

        assertThat(jwt.getAudience()).contains(API_AUDIENCE);
        assertThat(jwt.getClaimAsString("scope")).contains("thidua.feeds.read");
        PlatformPrincipal principal = converter.toPrincipal(jwt);
        assertThat(principal.roles()).containsExactly(PlatformRole.REPORT_READER);
        // fullScopeAllowed is off: the token carries the roles of its scopes only, not Keycloak's default roles.
        assertThat(jwt.getClaimAsMap("realm_access").get("roles").toString()).isEqualTo("[report-reader]");
        assertThat(principal.unitLevel()).isEqualTo(UnitLevel.NATIONAL);
        assertThat(principal.unitCode()).isEqualTo("VN");
        assertThat(principal.tenant()).isNull();

        HttpResponse<String> wrongSecret = postForm(TOKEN_URL, Map.of(
                "grant_type", "client_credentials", "client_id", clientId, "client_secret", "not-the-secret"));
        assertThat(wrongSecret.statusCode()).isEqualTo(401);
        HttpResponse<String> password = postForm(TOKEN_URL, Map.of("grant_type", "password", "client_id", clientId,
                "client_secret", secretOf(clientId), "username", "national.admin", "password", DEMO_PASSWORD));
        assertThat(password.statusCode()).as("password grant on %s", clientId).isIn(400, 401);
    }

    static String secretOf(String clientId) {
        String variable = clientId.equals(REPORTING_CLIENT) ? "THIDUA_REPORTING_SECRET" : "THIDUA_SERVICE_SECRET";
        String fallback = clientId.equals(REPORTING_CLIENT) ? "dev-only-reporting-secret" : "dev-only-service-secret";
        return Optional.ofNullable(System.getenv(variable)).orElse(fallback);
    }

    // (b) no password grant on the mobile and web clients ----------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {MOBILE_CLIENT, WEB_CLIENT})
    void passwordGrantIsRefusedOnAuthorizationCodeClients(String clientId) throws Exception {
        HttpResponse<String> response = postForm(TOKEN_URL, Map.of(
                "grant_type", "password", "client_id", clientId,
                "username", "laichau.admin", "password", DEMO_PASSWORD));
        assertThat(response.statusCode()).as(response.body()).isIn(400, 401);
        assertThat(JSON.readTree(response.body()).path("error").asString()).isEqualTo("unauthorized_client");
        assertThat(response.body()).doesNotContain("access_token");
    }

    // (c) PKCE is enforced on the code exchange --------------------------------------------------------------------

    @Test
    void mobileCodeExchangeWithoutVerifierIsRefusedAndWithVerifierSucceeds() throws Exception {
        String verifier = newVerifier();
        String challenge = s256(verifier);

        String code = loginForCode(MOBILE_CLIENT, MOBILE_REDIRECT, challenge, "laichau.commune");
        HttpResponse<String> withoutVerifier = postForm(TOKEN_URL, Map.of(
                "grant_type", "authorization_code", "client_id", MOBILE_CLIENT,
                "code", code, "redirect_uri", MOBILE_REDIRECT));
        assertThat(withoutVerifier.statusCode()).as(withoutVerifier.body()).isEqualTo(400);
        assertThat(JSON.readTree(withoutVerifier.body()).path("error").asString()).isEqualTo("invalid_grant");
        assertThat(withoutVerifier.body()).doesNotContain("access_token");

        // for contrast: a fresh login, the same challenge, and the right verifier
        String secondCode = loginForCode(MOBILE_CLIENT, MOBILE_REDIRECT, challenge, "laichau.commune");
        HttpResponse<String> withVerifier = postForm(TOKEN_URL, Map.of(
                "grant_type", "authorization_code", "client_id", MOBILE_CLIENT,
                "code", secondCode, "redirect_uri", MOBILE_REDIRECT, "code_verifier", verifier));
        assertThat(withVerifier.statusCode()).as(withVerifier.body()).isEqualTo(200);
        Jwt jwt = decoder.decode(JSON.readTree(withVerifier.body()).path("access_token").asString());
        assertThat(jwt.getClaimAsString("azp")).isEqualTo(MOBILE_CLIENT);
        assertThat(jwt.getAudience()).contains(API_AUDIENCE);
        PlatformPrincipal principal = converter.toPrincipal(jwt);
        assertThat(principal.roles()).containsExactly(PlatformRole.COMMUNE_OFFICER);
        assertThat(principal.unitCode()).isEqualTo("03390");
        assertThat(principal.tenant()).isEqualTo("12");
    }

    // (d) the authorization request itself needs an S256 challenge -------------------------------------------------

    @Test
    void mobileAuthorizationRequestWithoutChallengeIsRefused() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(AUTH_URL + "?"
                        + form(authParams(MOBILE_CLIENT, MOBILE_REDIRECT, null, null))))
                .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertRefusedAuthorization(response);
    }

    @Test
    void mobileAuthorizationRequestWithPlainChallengeIsRefused() throws Exception {
        String verifier = newVerifier();
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(AUTH_URL + "?"
                        + form(authParams(MOBILE_CLIENT, MOBILE_REDIRECT, verifier, "plain"))))
                .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertRefusedAuthorization(response);
    }

    private static void assertRefusedAuthorization(HttpResponse<String> response) {
        // Keycloak answers with an error redirect to the registered redirect URI, never with a login form
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(MOBILE_REDIRECT);
        Map<String, String> query = query(location);
        assertThat(query).containsEntry("error", "invalid_request").doesNotContainKey("code");
    }

    // (e) short-lived access tokens --------------------------------------------------------------------------------

    @Test
    void accessTokensLiveAtMostFiveMinutes() throws Exception {
        JsonNode tokens = passwordGrant(DEV_CLIENT, "caobang.admin", DEMO_PASSWORD);
        Jwt jwt = decoder.decode(tokens.path("access_token").asString());
        long lifetime = Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt()).toSeconds();
        assertThat(lifetime).isPositive().isLessThanOrEqualTo(MAX_ACCESS_TOKEN_SECONDS);
        assertThat(tokens.path("expires_in").asLong()).isPositive().isLessThanOrEqualTo(MAX_ACCESS_TOKEN_SECONDS);
    }

    // helpers ------------------------------------------------------------------------------------------------------

    static JsonNode passwordGrant(String clientId, String username, String password) throws Exception {
        HttpResponse<String> response = postForm(TOKEN_URL, Map.of(
                "grant_type", "password", "client_id", clientId, "username", username, "password", password));
        assertThat(response.statusCode()).as("password grant for %s: %s", username, response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /**
     * A real browser login: the authorization request (with an S256 challenge), the login form, the credentials,
     * and the redirect to the app's callback, whose {@code code} is returned. A fresh cookie jar per login, and
     * redirects are not followed (the callback is a custom scheme that only the app handles).
     */
    static String loginForCode(String clientId, String redirectUri, String challenge, String username)
            throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .cookieHandler(new LoopbackSecureCookies(new CookieManager(null, CookiePolicy.ACCEPT_ALL)))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        Map<String, String> params = authParams(clientId, redirectUri, challenge, "S256");
        HttpResponse<String> loginPage = browser.send(HttpRequest.newBuilder(URI.create(AUTH_URL + "?" + form(params)))
                .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(loginPage.statusCode()).as("login page").isEqualTo(200);
        String action = loginFormAction(loginPage.body());

        HttpResponse<String> afterLogin = browser.send(HttpRequest.newBuilder(URI.create(action))
                        .timeout(Duration.ofSeconds(20))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                                "username", username, "password", DEMO_PASSWORD, "credentialId", ""))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(afterLogin.statusCode()).as("login form answer: %s", afterLogin.body()).isEqualTo(302);
        String location = afterLogin.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(redirectUri + "?");
        Map<String, String> query = query(location);
        assertThat(query).containsEntry("state", params.get("state")).containsKey("code");
        return query.get("code");
    }

    /**
     * Keycloak marks its login cookies {@code Secure; SameSite=None}. Browsers treat {@code http://localhost} as a
     * secure context and send them back; {@link CookieManager} sends Secure cookies over https only. This handler
     * lets a loopback http Keycloak (the local stack) be driven like a browser would; any other host is left to
     * the plain cookie manager's rules.
     */
    static final class LoopbackSecureCookies extends CookieHandler {
        private final CookieManager cookies;

        LoopbackSecureCookies(CookieManager cookies) {
            this.cookies = cookies;
        }

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
            return cookies.get(asBrowserSeesIt(uri), requestHeaders);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
            cookies.put(asBrowserSeesIt(uri), responseHeaders);
        }

        private static URI asBrowserSeesIt(URI uri) {
            if (!"http".equalsIgnoreCase(uri.getScheme()) || !isLoopback(uri.getHost())) {
                return uri;
            }
            try {
                return new URI("https", uri.getUserInfo(), uri.getHost(), uri.getPort(), uri.getPath(),
                        uri.getQuery(), uri.getFragment());
            } catch (URISyntaxException e) {
                return uri;
            }
        }

        private static boolean isLoopback(String host) {
            return host != null && (host.equalsIgnoreCase("localhost") || host.startsWith("127.")
                    || host.equals("[::1]") || host.equals("::1"));
        }
    }

    static Map<String, String> authParams(String clientId, String redirectUri, String challenge, String method) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("client_id", clientId);
        params.put("response_type", "code");
        params.put("scope", "openid");
        params.put("redirect_uri", redirectUri);
        params.put("state", newVerifier().substring(0, 16));
        if (challenge != null) {
            params.put("code_challenge", challenge);
        }
        if (method != null) {
            params.put("code_challenge_method", method);
        }
        return params;
    }

    private static final Pattern FORM_TAG = Pattern.compile("<form\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACTION = Pattern.compile("\\baction\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]+);");

    /** The action URL of Keycloak's login form ({@code id="kc-form-login"}), HTML entities decoded. */
    static String loginFormAction(String html) {
        Matcher tags = FORM_TAG.matcher(html);
        while (tags.find()) {
            String tag = tags.group();
            if (tag.contains("kc-form-login")) {
                Matcher action = ACTION.matcher(tag);
                assertThat(action.find()).as("action of %s", tag).isTrue();
                return unescapeHtml(action.group(1));
            }
        }
        throw new AssertionError("no login form (kc-form-login) in the page:\n" + html);
    }

    static String unescapeHtml(String text) {
        Matcher numeric = NUMERIC_ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (numeric.find()) {
            int codePoint = Integer.parseInt(numeric.group(2), numeric.group(1).isEmpty() ? 10 : 16);
            numeric.appendReplacement(out, Matcher.quoteReplacement(Character.toString(codePoint)));
        }
        numeric.appendTail(out);
        return out.toString().replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    static HttpResponse<String> postForm(String url, Map<String, String> fields) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(20))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(form(fields)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** Query parameters of a redirect URL (custom schemes included), decoded. */
    static Map<String, String> query(String url) {
        int start = url.indexOf('?');
        int end = url.indexOf('#');
        String query = start < 0 ? "" : url.substring(start + 1, end > start ? end : url.length());
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(key, value);
        }
        return params;
    }

    /** A PKCE code verifier: 64 random bytes, base64url without padding (RFC 7636: 43–128 characters). */
    static String newVerifier() {
        byte[] bytes = new byte[64];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String s256(String verifier) throws NoSuchAlgorithmException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }
}
