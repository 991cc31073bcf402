package vn.thidua.registration.targets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.thidua.registration.campaigns.CampaignApi.ProgressRef;
import vn.thidua.registration.campaigns.CampaignApi.TargetRef;
import vn.thidua.registration.targets.TargetProgress.Member;
import vn.thidua.registration.targets.TargetProgress.Population;
import vn.thidua.registration.targets.TargetProgressItem.Measure;

/**
 * COUNT_OF_UNITS_MEETING with a {@code perUnitType}: the threshold holds inside each unit of that type ("mỗi
 * huyện có ít nhất 01 xã đạt chuẩn nông thôn mới kiểu mẫu"). The groups counted are those with a member; a group
 * meets when its meeting members reach {@code thresholdCount} (and/or {@code thresholdPercent} of its members).
 * The value is the number of groups meeting (their percent in a PERCENT target); met when every group meets.
 */
final class PerUnit {

    private PerUnit() {
    }

    static Measure measure(TargetRef target, ProgressRef p, Population population, LocalDate day) {
        Map<String, int[]> groups = new TreeMap<>();
        int undecided = 0;
        for (Member m : TargetProgress.members(p, population, day)) {
            if (m.group() == null) {
                continue;
            }
            int[] tally = groups.computeIfAbsent(m.group(), g -> new int[2]);
            tally[0]++;
            Optional<Boolean> holds = Conditions.decide(p.unitCondition(), m.series(), day).holds();
            if (holds.isEmpty()) {
                undecided++;
            } else if (holds.get()) {
                tally[1]++;
            }
        }
        Comparison comparison = Comparison.of(p.comparison(), Comparison.AT_LEAST);
        List<String> meeting = new ArrayList<>();
        groups.forEach((group, tally) -> {
            boolean count = p.thresholdCount() == null || comparison.holds(tally[1], p.thresholdCount());
            boolean percent = p.thresholdPercent() == null
                    || comparison.holds(tally[1] * 100.0 / tally[0], p.thresholdPercent());
            if (count && percent) {
                meeting.add(group);
            }
        });
        int size = groups.size();
        Double value = TargetProgress.inPercent(target)
                ? (size == 0 ? null : Double.valueOf(TargetProgress.round(meeting.size() * 100.0 / size)))
                : Double.valueOf(meeting.size());
        return new Measure(day, value, List.of(), size, meeting.size(), meeting, undecided, null, null);
    }
}
