package vn.thidua.systemtest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The generated test's own count of quota slots, by the contract's key (campaign, form, scope unit, period): which
 * dossiers hold a slot. Every quota finding the platform answers is compared with it — a granted slot must read
 * "used" = the holders counted here (so refused attempts never leave a slot taken), a refusal may only come when the
 * holders fill the quota — and no key may ever have more holders than its maximum.
 */
final class QuotaLedger {

    private final Map<String, Set<String>> holders = new LinkedHashMap<>();
    private final Map<String, Integer> maxima = new HashMap<>();
    private final List<String> breaches = new ArrayList<>();

    /** The key of the contract (§3): YEAR counts per year, OCCASION per occasion and year, CAMPAIGN once. */
    static String key(String campaignId, String form, String scopeUnit, String period, int year, String occasion) {
        String base = campaignId + "|" + form + "|" + scopeUnit;
        if ("YEAR".equals(period)) {
            return base + "|Y" + year;
        }
        if ("OCCASION".equals(period)) {
            return base + "|O" + occasion + "-" + year;
        }
        return base;
    }

    /** A submission granted a slot: the dossier now holds it; the finding's "used" must count it and no more. */
    void granted(String key, String dossierId, long used, int max, String what) {
        maxima.put(key, max);
        Set<String> held = holders.computeIfAbsent(key, k -> new LinkedHashSet<>());
        held.add(dossierId);
        if (used != held.size()) {
            breaches.add("quota used " + used + " but " + held.size() + " dossier(s) hold " + key + " (" + what + ")");
        }
        if (held.size() > max) {
            breaches.add("more holders than the quota: " + held.size() + "/" + max + " for " + key + " (" + what + ")");
        }
    }

    /** A submission was refused by the quota: only right when the holders fill it. */
    void refused(String key, long used, int max, String what) {
        maxima.put(key, max);
        int held = holders.getOrDefault(key, Set.of()).size();
        if (held < max) {
            breaches.add("refused by the quota with " + held + "/" + max + " held (platform says used " + used + ") for "
                    + key + " (" + what + ")");
        }
    }

    /** A dossier left the flow (returned, rejected): it holds nothing any more. */
    void released(String dossierId) {
        holders.values().forEach(held -> held.remove(dossierId));
    }

    /** The keys a dossier holds a slot of, in the order they were first counted. */
    List<String> keysHeldBy(String dossierId) {
        return holders.entrySet().stream().filter(e -> e.getValue().contains(dossierId)).map(Map.Entry::getKey)
                .toList();
    }

    boolean full(String key) {
        return holders.getOrDefault(key, Set.of()).size() >= maxima.getOrDefault(key, Integer.MAX_VALUE);
    }

    List<String> breaches() {
        return breaches;
    }
}
