package fi.tyollisyystalo.benchmark;

import static fi.tyollisyystalo.benchmark.BenchmarkSupport.ms;
import static fi.tyollisyystalo.benchmark.BenchmarkSupport.percentile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the simulated residents did, for the report: the time of every HTTP request at the client by the kind of
 * interaction it belonged to (one interaction, such as opening a page, may take two requests), the time of each
 * whole interaction, and every error with its kind and a short reason.
 */
final class Interactions {

    private final Map<String, ConcurrentLinkedQueue<Long>> requests = new ConcurrentHashMap<>();
    private final Map<String, ConcurrentLinkedQueue<Long>> interactions = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
    private final AtomicLong errorCount = new AtomicLong();

    void request(String kind, long nanos) {
        requests.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add(nanos);
    }

    void interaction(String kind, long nanos) {
        interactions.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add(nanos);
    }

    void error(String kind, String reason) {
        errors.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
        if (errorCount.incrementAndGet() <= 20) {
            errorSamples.add(kind + ": " + reason);
        }
    }

    long errorCount() {
        return errorCount.get();
    }

    long errors(String kind) {
        AtomicLong n = errors.get(kind);
        return n == null ? 0 : n.get();
    }

    List<String> errorSamples() {
        return List.copyOf(errorSamples);
    }

    long requestCount() {
        return requests.values().stream().mapToLong(ConcurrentLinkedQueue::size).sum();
    }

    /** Markdown rows: kind, count, p50, p95, max (ms) of the requests, then of the whole interactions. */
    List<String> table(Map<String, long[]> serverMicros) {
        List<String> rows = new ArrayList<>();
        rows.add("| interaction | requests | client p50 | client p95 | client max | server p50 | server p95 "
                + "| server max | whole interaction p95 | errors |");
        rows.add("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        Map<String, ConcurrentLinkedQueue<Long>> sorted = new TreeMap<>(requests);
        sorted.forEach((kind, times) -> {
            long[] t = times.stream().mapToLong(Long::longValue).toArray();
            long[] whole = interactions.getOrDefault(kind, new ConcurrentLinkedQueue<>()).stream()
                    .mapToLong(Long::longValue).toArray();
            long[] server = serverMicros.getOrDefault(kind, new long[0]);
            rows.add(String.format(Locale.ROOT,
                    "| %s | %d | %.1f | %.1f | %.1f | %s | %s | %s | %.1f | %d |", kind, t.length,
                    ms(percentile(t, 0.5)), ms(percentile(t, 0.95)), ms(percentile(t, 1.0)),
                    server(server, 0.5), server(server, 0.95), server(server, 1.0), ms(percentile(whole, 0.95)),
                    errors(kind)));
        });
        return rows;
    }

    private static String server(long[] micros, double p) {
        return micros.length == 0 ? "–" : String.format(Locale.ROOT, "%.1f", percentile(micros, p) / 1000.0);
    }
}
