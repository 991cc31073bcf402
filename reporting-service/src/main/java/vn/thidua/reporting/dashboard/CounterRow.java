package vn.thidua.reporting.dashboard;

/** A stored counter as the dashboard reads it. */
public record CounterRow(String metric, String value, String unit, String campaignId, int year, long n) {
}
