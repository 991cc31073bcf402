package vn.thidua.systemtest.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;

/**
 * What the fuzz run counts: requests, 5xx answers, errors that are not RFC 9457 problem+json (including no answer
 * at all), successes to requests that must be refused; a sample of each finding to reproduce it.
 */
final class Findings {

    private static final int MAX_SAMPLES = 80;
    private static final int SAMPLES_PER_KIND = 3;

    final AtomicLong requests = new AtomicLong();
    final AtomicInteger serverErrors = new AtomicInteger();
    final AtomicInteger nonProblem = new AtomicInteger();
    final AtomicInteger accepted = new AtomicInteger();
    final AtomicInteger retries = new AtomicInteger();
    final AtomicInteger resets = new AtomicInteger();
    final List<String> resetSamples = new CopyOnWriteArrayList<>();
    final Map<String, AtomicInteger> byKind = new ConcurrentSkipListMap<>();
    final List<String> samples = new CopyOnWriteArrayList<>();

    void record(ApiOperation operation, FuzzCase fuzzCase, String via, String user, RawHttp.Answer answer) {
        requests.incrementAndGet();
        int status = answer.status();
        String finding = null;
        if (status == 0 && String.valueOf(answer.header("error")).contains("Connection reset")) {
            // No answer at all: the connection was reset while the request was still being sent. Counted apart
            // (a bounded number is tolerated, see BadInputSystemTest.RESETS_TOLERATED) and sampled.
            resets.incrementAndGet();
            if (resetSamples.size() < SAMPLES_PER_KIND * 3) {
                resetSamples.add(fuzzCase.method() + " " + clip(new String(fuzzCase.target(), StandardCharsets.UTF_8),
                        120) + " via " + via + " as " + user + " [" + fuzzCase.kind() + "]");
            }
            return;
        }
        if (status >= 500) {
            serverErrors.incrementAndGet();
            finding = "5xx";
        } else if (status == 0 || status >= 400 && !isProblem(answer)) {
            nonProblem.incrementAndGet();
            finding = "non-problem";
        } else if (status < 300 && fuzzCase.mustFail()) {
            accepted.incrementAndGet();
            finding = "accepted";
        }
        if (finding != null) {
            String kind = finding + " " + fuzzCase.kind().replaceAll(":.*", "") + " via " + via;
            int seen = byKind.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
            if (seen > SAMPLES_PER_KIND) {
                return;
            }
            String target = new String(fuzzCase.target(), StandardCharsets.UTF_8);
            String body = fuzzCase.body() == null ? "" : new String(fuzzCase.body(), StandardCharsets.UTF_8);
            note(finding + " " + status + " " + fuzzCase.method() + " " + clip(target, 120) + " (" + operation.path()
                    + ") via " + via + " as " + user + " [" + fuzzCase.kind() + "] headers "
                    + clip(fuzzCase.headers().keySet() + headerText(fuzzCase), 120) + " body " + clip(body, 100)
                    + " → " + answer.header("content-type") + " " + clip(answer.text(), 160)
                    + (answer.headers().containsKey("error") ? " " + answer.header("error") : ""));
        }
    }

    void note(String sample) {
        if (sample.startsWith("written after an error") || samples.size() < MAX_SAMPLES) {
            samples.add(sample);
        } else if (samples.size() == MAX_SAMPLES) {
            samples.add("… more findings not shown");
        }
    }

    private static String headerText(FuzzCase fuzzCase) {
        StringBuilder text = new StringBuilder();
        fuzzCase.headers().forEach((name, value) -> text.append(' ').append(name).append('=')
                .append(clip(new String(value, StandardCharsets.UTF_8), 40)));
        return text.toString();
    }

    /** RFC 9457: the problem media type and a JSON object whose status is the answer's. */
    static boolean isProblem(RawHttp.Answer answer) {
        String type = answer.header("content-type");
        if (type == null || !type.startsWith("application/problem+json")) {
            return false;
        }
        try {
            JsonNode body = BadInputs.JSON.readTree(answer.body());
            return body.isObject() && body.path("status").asInt() == answer.status();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String clip(String text, int max) {
        String flat = text.replaceAll("[\\r\\n]+", " ");
        return flat.length() <= max ? flat : flat.substring(0, max) + "…(" + flat.length() + ")";
    }
}
