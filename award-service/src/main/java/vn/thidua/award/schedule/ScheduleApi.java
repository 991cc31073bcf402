package vn.thidua.award.schedule;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/** campaign-service's resolved schedule of a plan for a year (contract §1), with the caller's token relayed. */
@HttpExchange("/api/v1")
public interface ScheduleApi {

    @GetExchange("/campaigns/{id}/schedule")
    ResolvedSchedule schedule(@PathVariable String id, @RequestParam int year);
}
