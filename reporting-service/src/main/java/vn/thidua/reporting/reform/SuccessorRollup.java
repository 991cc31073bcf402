package vn.thidua.reporting.reform;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Plain: rolls units up to their successors in force on a day (quy đổi về đơn vị kế thừa), so that a report "as
 * of" a day counts each award exactly once, under the unit that carries it on that day.
 * <ul>
 *   <li>a unit in force on the day is its own target (history stays where it was: a unit is never rolled before
 *       its links take effect);</li>
 *   <li>a unit that ended follows its links in force by the day, earliest first, along a chain (A → B → C);</li>
 *   <li>a unit that went into several successors (a split, nhập một phần) is counted once, under one of them: a
 *       whole merge, rename or unchanged link first, else the successor with the lowest code, and the row says
 *       it holds part of a split ({@code partial});</li>
 *   <li>a unit that ended without a link (a district abolished on 1 July 2025) rolls up with the unit above it;
 *       a unit unknown to the registry, or not yet in force, stays itself.</li>
 * </ul>
 * Each source maps to exactly one target, so the totals before and after the roll-up are equal.
 */
public final class SuccessorRollup {

    /** Where one unit's figures go, through which units, and whether a split was on the way. */
    public record Target(String code, boolean partial, List<String> via) {
    }

    /** One target's total and the units whose figures it holds. */
    public record Row(String code, long count, boolean partial, Set<String> from) {
    }

    private final Map<String, List<SuccessionLink>> linksFrom = new HashMap<>();
    private final Map<String, List<UnitPeriod>> periods = new HashMap<>();

    public SuccessorRollup(Collection<SuccessionLink> links, Collection<UnitPeriod> unitPeriods) {
        for (SuccessionLink link : links) {
            if (!link.fromCode().equals(link.toCode())) {
                linksFrom.computeIfAbsent(link.fromCode(), c -> new ArrayList<>()).add(link);
            }
        }
        unitPeriods.forEach(p -> periods.computeIfAbsent(p.code(), c -> new ArrayList<>()).add(p));
    }

    /**
     * @param parentOf the unit above a code as the figures recorded it (null at the top)
     */
    public Target targetOn(String code, LocalDate day, Function<String, String> parentOf) {
        String current = code;
        boolean partial = false;
        List<String> via = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (seen.add(current)) {
            List<UnitPeriod> known = periods.getOrDefault(current, List.of());
            if (known.isEmpty() || known.stream().anyMatch(p -> p.covers(day))
                    || known.stream().noneMatch(p -> p.endedBefore(day))) {
                return new Target(current, partial, via);
            }
            List<SuccessionLink> next = linksFrom.getOrDefault(current, List.of()).stream()
                    .filter(link -> !link.effectiveDate().isAfter(day)).toList();
            if (next.isEmpty()) {
                String parent = parentOf.apply(current);
                if (parent == null) {
                    return new Target(current, partial, via);
                }
                current = parent;
                via.add(current);
                continue;
            }
            LocalDate first = next.stream().map(SuccessionLink::effectiveDate).min(Comparator.naturalOrder())
                    .orElseThrow();
            List<SuccessionLink> choices = next.stream().filter(link -> link.effectiveDate().equals(first))
                    .sorted(Comparator.comparing(SuccessionLink::partial).thenComparing(SuccessionLink::toCode))
                    .toList();
            SuccessionLink chosen = choices.getFirst();
            partial |= chosen.partial() || choices.stream().map(SuccessionLink::toCode).distinct().count() > 1;
            current = chosen.toCode();
            via.add(current);
        }
        return new Target(current, partial, via);
    }

    /** Counts per unit as recorded → counts per target on the day, each source counted once. */
    public Map<String, Row> rollUp(Map<String, Long> counts, LocalDate day, Function<String, String> parentOf) {
        Map<String, Row> rows = new TreeMap<>();
        counts.forEach((code, n) -> {
            Target target = targetOn(code, day, parentOf);
            rows.merge(target.code(), new Row(target.code(), n, target.partial(), Set.of(code)),
                    (a, b) -> {
                        Set<String> from = new LinkedHashSet<>(a.from());
                        from.addAll(b.from());
                        return new Row(a.code(), a.count() + b.count(), a.partial() || b.partial(), from);
                    });
        });
        return rows;
    }
}
