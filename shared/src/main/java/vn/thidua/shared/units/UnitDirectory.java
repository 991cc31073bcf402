package vn.thidua.shared.units;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;
import vn.thidua.shared.client.PlatformClients;
import vn.thidua.shared.error.ProblemException;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.units.UnitRegistryApi.Succession;
import vn.thidua.shared.units.UnitRegistryApi.UnitRecord;

/**
 * Units by code for other services (names, tenant, unit path for scope), read from registration-service through
 * {@link PlatformClients#read} (retries, the named breaker {@value #BREAKER}) and kept in a bounded in-process
 * cache. A lookup younger than the time-to-live is answered from the cache; an older one is read again, and when
 * the registry cannot answer (down, slow, breaker open) the last value read is answered however old it is, so a
 * service keeps working from its cache while the registry is briefly away. Only a code never read before fails,
 * with 503 naming the registry.
 *
 * <p>Official units (digit codes) are public reference data: one cache entry serves every caller. Registered
 * units (agencies, villages, …) are visible only inside their tenant, so their entries are kept per tenant
 * (national users share one), and a caller never gets an entry read for another tenant. "Not found" is cached
 * too (as empty), for the same time.
 *
 * <p>Build one per service: {@code UnitDirectory.create(clients, "${thidua.services.registration}")}.
 */
public class UnitDirectory {

    public static final String BREAKER = "registration-service";
    public static final Duration DEFAULT_TTL = Duration.ofMinutes(10);
    public static final int DEFAULT_MAX_ENTRIES = 50_000;
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final UnitRegistryApi api;
    private final PlatformClients clients;
    private final Duration ttl;
    private final Clock clock;
    private final Cache<String, Cached> cache;

    private record Cached(Object value, Instant readAt) {
    }

    public UnitDirectory(UnitRegistryApi api, PlatformClients clients, Duration ttl, int maxEntries, Clock clock) {
        this.api = api;
        this.clients = clients;
        this.ttl = ttl;
        this.clock = clock;
        // Bounded, never expired by the cache itself: an entry past its TTL is re-read, but kept as the fallback
        // for when the registry is away.
        this.cache = Caffeine.newBuilder().maximumSize(maxEntries).build();
    }

    public static UnitDirectory create(PlatformClients clients, String registrationBaseUrl) {
        return new UnitDirectory(clients.create(UnitRegistryApi.class, registrationBaseUrl, Duration.ofSeconds(2)),
                clients, DEFAULT_TTL, DEFAULT_MAX_ENTRIES, Clock.systemUTC());
    }

    /** The unit with this code valid on {@code day} (today in Vietnam when null), if there is one. */
    public Optional<UnitRecord> find(String code, LocalDate day) {
        LocalDate asOf = day != null ? day : LocalDate.now(clock.withZone(VIETNAM));
        return cached(audience(code) + "|unit|" + code + "|" + asOf, Optional.empty(),
                () -> Optional.ofNullable(api.get(code, asOf.toString())));
    }

    /**
     * What the unit became, over every version of the code (empty for an unknown code). Used to follow a nominee
     * or a proposing unit across the 2025 mergers.
     */
    public List<Succession> successorsOf(String code) {
        return cached(audience(code) + "|successors|" + code, List.of(), () -> listOrEmpty(api.successors(code)));
    }

    /** What the unit was formed from (empty for an unknown code). */
    public List<Succession> predecessorsOf(String code) {
        return cached(audience(code) + "|predecessors|" + code, List.of(),
                () -> listOrEmpty(api.predecessors(code)));
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(String key, T notFound, java.util.function.Supplier<T> read) {
        Cached cached = get(key);
        Instant now = clock.instant();
        if (cached != null && cached.readAt().plus(ttl).isAfter(now)) {
            return (T) cached.value();
        }
        AtomicBoolean fellBack = new AtomicBoolean();
        T value = clients.read(BREAKER, () -> {
            try {
                return read.get();
            } catch (HttpClientErrorException.NotFound none) {
                return notFound;
            }
        }, failure -> {
            fellBack.set(true);
            if (cached != null) {
                // Stale, but the registry's own last word: better than failing the caller's request.
                return (T) cached.value();
            }
            throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", BREAKER);
        });
        if (!fellBack.get()) {
            put(key, new Cached(value, now));
        }
        return value;
    }

    private static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** The unit's name on that day, or the code itself when there is none. */
    public String nameOf(String code, LocalDate day) {
        return find(code, day).map(UnitRecord::name).orElse(code);
    }

    /** The unit path for scope ({@code [province, ..., code]}) on that day; empty when there is no such unit. */
    public List<String> pathOf(String code, LocalDate day) {
        return find(code, day).map(UnitRecord::path).orElse(List.of());
    }

    /** Forgets everything (after a re-import of the registry, or in tests). */
    public void clear() {
        cache.invalidateAll();
    }

    private Cached get(String key) {
        return cache.getIfPresent(key);
    }

    private void put(String key, Cached entry) {
        cache.put(key, entry);
    }

    /** Who may share a cached answer: everyone for official codes, else the caller's tenant (or the nation). */
    private static String audience(String code) {
        if (code != null && code.chars().allMatch(Character::isDigit)) {
            return "*";
        }
        try {
            PlatformPrincipal caller = CurrentUser.require();
            return caller.isNational() ? "national" : "tenant:" + caller.tenant();
        } catch (RuntimeException noCaller) {
            return "anonymous";
        }
    }
}
