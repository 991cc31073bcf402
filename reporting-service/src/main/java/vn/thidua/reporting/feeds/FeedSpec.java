package vn.thidua.reporting.feeds;

/** One feed reporting follows: its name in the read model, the service's base URL and the feed's path. */
public record FeedSpec(String name, String baseUrl, String path) {
}
