package vn.thidua.campaign.lowerplans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Các sở, ngành, huyện xây dựng kế hoạch trước ngày …": which of the units expected to issue their own plan did,
 * on time or late, and which have not yet. Plain Java: the expected units (resolved as of the due date, so a
 * district expected in 2022 is still matched after the districts ended) and the plans issued are given.
 */
public final class LowerPlanTracker {

    private LowerPlanTracker() {
    }

    /** ISSUED on or before the due date; LATE after it, or not issued and the date passed; PENDING otherwise. */
    public enum State { ISSUED, LATE, PENDING }

    /** A unit expected to issue its plan, with its name as of the due date. */
    public record ExpectedUnit(String code, String name) {
    }

    /** A plan a lower unit issued implementing the tracked plan. */
    public record IssuedPlan(String ownerUnitCode, String campaignId, String code, LocalDate issuedOn) {
    }

    /** One expected unit's answer; the plan's fields are null when it has not issued one. */
    public record UnitState(String unitCode, String unitName, State state, String campaignId, String campaignCode,
            LocalDate issuedOn) {
    }

    public record Counts(int expected, int issued, int late, int pending) {
    }

    public record Result(Counts counts, List<UnitState> units) {
    }

    /**
     * @param today the day in Asia/Ho_Chi_Minh: a unit without a plan is late from the day after the due date
     */
    public static Result track(LocalDate dueDate, List<ExpectedUnit> expected, List<IssuedPlan> plans,
            LocalDate today) {
        Map<String, IssuedPlan> firstByOwner = new HashMap<>();
        for (IssuedPlan plan : plans) {
            firstByOwner.merge(plan.ownerUnitCode(), plan, (a, b) -> b.issuedOn().isBefore(a.issuedOn()) ? b : a);
        }
        List<UnitState> units = new ArrayList<>();
        int issued = 0;
        int late = 0;
        int pending = 0;
        for (ExpectedUnit unit : expected) {
            IssuedPlan plan = firstByOwner.get(unit.code());
            State state;
            if (plan != null) {
                state = plan.issuedOn().isAfter(dueDate) ? State.LATE : State.ISSUED;
            } else {
                state = today.isAfter(dueDate) ? State.LATE : State.PENDING;
            }
            switch (state) {
                case ISSUED -> issued++;
                case LATE -> late++;
                case PENDING -> pending++;
            }
            units.add(plan == null ? new UnitState(unit.code(), unit.name(), state, null, null, null)
                    : new UnitState(unit.code(), unit.name(), state, plan.campaignId(), plan.code(),
                            plan.issuedOn()));
        }
        units.sort(Comparator.comparing(UnitState::unitCode));
        return new Result(new Counts(units.size(), issued, late, pending), units);
    }
}
