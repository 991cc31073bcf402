package vn.thidua.award.history;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which units' awards belong to a unit's history across the 2025 mergers (sáp nhập đơn vị hành chính), as a plain
 * rule over succession links.
 *
 * <ul>
 *   <li>Backwards: every unit the asked one was formed from, transitively, is a <b>predecessor</b>; its awards count
 *       when made before the merger took effect (an old commune's awards after it merged belong to someone else).
 *   <li>Forwards: every unit the asked one became, transitively, is a <b>successor</b>; its awards count when made
 *       from the merger on.
 *   <li>Directions are never mixed: going back then forward would reach the siblings of a split (commune A partly
 *       into X and partly into Y does not make Y's awards X's history).
 *   <li>Only links between units of the asked unit's level are followed: a district split over six communes is not
 *       any one commune's history (the registry derives such district → commune links; they are skipped).
 *   <li>The same code can name two units (Thị trấn Tam Đường 03390 until 30/6/2025, Xã Bình Lư 03390 since): the
 *       date window tells them apart, so an award to 03390 in 2023 is a predecessor's.
 * </ul>
 * The walk is bounded ({@link #MAX_UNITS} units, {@link #MAX_DEPTH} steps) so a bad link cycle cannot run away.
 */
public final class UnitEquivalence {

    public static final int MAX_UNITS = 100;
    public static final int MAX_DEPTH = 8;

    /** How an award's unit relates to the unit asked for. */
    public enum Relation { SAME, PREDECESSOR, SUCCESSOR }

    /** One succession link seen from a unit: the other unit, its level and name, the kind and the day. */
    public record Link(String code, String level, String name, String kind, LocalDate effectiveDate) {
    }

    /** Where the links come from (the registry in production, lists in tests). */
    public interface Successions {
        List<Link> successorsOf(String code);

        List<Link> predecessorsOf(String code);
    }

    /**
     * One related unit and the days its awards count: {@code until} exclusive for predecessors, {@code from}
     * inclusive for successors; both null for the unit itself.
     *
     * @param partial reached through a part merge on the way (only part of that unit went on)
     */
    public record Window(String code, Relation relation, String name, LocalDate from, LocalDate until,
            boolean partial) {

        public boolean covers(LocalDate day) {
            return (from == null || !day.isBefore(from)) && (until == null || day.isBefore(until));
        }
    }

    /** The asked unit and every related window, the unit itself first. */
    public record Equivalents(String asked, List<Window> windows) {

        public Set<String> codes() {
            Set<String> codes = new LinkedHashSet<>();
            windows.forEach(w -> codes.add(w.code()));
            return codes;
        }

        /**
         * How an award made to {@code code} on {@code day} relates to the asked unit, or null when it does not.
         * A predecessor's window wins over "same" for a reused code.
         */
        public Window classify(String code, LocalDate day) {
            Window same = null;
            Window successor = null;
            for (Window window : windows) {
                if (!window.code().equals(code) || !window.covers(day)) {
                    continue;
                }
                switch (window.relation()) {
                    case PREDECESSOR -> {
                        return window;
                    }
                    case SAME -> same = window;
                    case SUCCESSOR -> successor = successor == null ? window : successor;
                }
            }
            return same != null ? same : successor;
        }
    }

    private UnitEquivalence() {
    }

    /** The related units of {@code code} (of {@code level}; null level = follow nothing). */
    public static Equivalents of(String code, String level, Successions successions) {
        List<Window> windows = new ArrayList<>();
        windows.add(new Window(code, Relation.SAME, null, null, null, false));
        if (level != null) {
            walk(code, level, successions, true, windows);
            walk(code, level, successions, false, windows);
        }
        return new Equivalents(code, List.copyOf(windows));
    }

    private record Step(String code, int depth, boolean partial) {
    }

    private static void walk(String start, String level, Successions successions, boolean backwards,
            List<Window> windows) {
        Map<String, Boolean> visited = new LinkedHashMap<>();
        Deque<Step> queue = new ArrayDeque<>();
        queue.add(new Step(start, 0, false));
        visited.put(start, true);
        while (!queue.isEmpty() && windows.size() < MAX_UNITS) {
            Step step = queue.poll();
            if (step.depth() >= MAX_DEPTH) {
                continue;
            }
            List<Link> links = backwards ? successions.predecessorsOf(step.code())
                    : successions.successorsOf(step.code());
            for (Link link : links) {
                if (!level.equals(link.level()) || link.effectiveDate() == null) {
                    continue;
                }
                boolean partial = step.partial() || "PART_MERGE".equals(link.kind());
                // A reused code (old version → new version of 03390) is a window of its own even when the code
                // was the start; it is not walked again.
                Window window = backwards
                        ? new Window(link.code(), Relation.PREDECESSOR, link.name(), null, link.effectiveDate(),
                                partial)
                        : new Window(link.code(), Relation.SUCCESSOR, link.name(), link.effectiveDate(), null,
                                partial);
                if (windows.stream().noneMatch(w -> w.code().equals(window.code())
                        && w.relation() == window.relation())) {
                    windows.add(window);
                }
                if (windows.size() >= MAX_UNITS) {
                    return;
                }
                if (visited.putIfAbsent(link.code(), true) == null) {
                    queue.add(new Step(link.code(), step.depth() + 1, partial));
                }
            }
        }
    }
}
