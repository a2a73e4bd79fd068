package fi.tyollisyystalo.servicemap.internal;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A token bucket per client address for the open API: {@code tyollisyystalo.api.requests-per-minute}
 * requests a minute (default 120) with bursts up to the same number; then 429 with Retry-After.
 * The address is the connection's, or behind a proxy listed in {@code tyollisyystalo.api.trusted-proxies}
 * the client's from X-Forwarded-For ({@link fi.tyollisyystalo.base.web.TrustedProxyFilter}); a client cannot
 * choose it.
 */
@Component
class ApiRateLimitFilter extends OncePerRequestFilter {

    private static final int MAX_CLIENTS = 100_000;

    private final int perMinute;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    ApiRateLimitFilter(@Value("${tyollisyystalo.api.requests-per-minute:120}") int perMinute) {
        this.perMinute = perMinute;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (buckets.size() > MAX_CLIENTS) {
            buckets.clear(); // a flood of addresses must not exhaust memory
        }
        Bucket bucket = buckets.computeIfAbsent(request.getRemoteAddr(), k -> new Bucket(perMinute));
        if (!bucket.tryTake()) {
            response.setStatus(429);
            response.setHeader("Retry-After", "60");
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"" + ApiProblems.TYPES + "too-many-requests\",\"title\":"
                    + "\"Too many requests\",\"status\":429,\"detail\":\"More than " + perMinute
                    + " requests a minute from this client. Try again in a minute.\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    private static final class Bucket {
        private final double capacity;
        private final double perNano;
        private double tokens;
        private long last = System.nanoTime();

        Bucket(int perMinute) {
            this.capacity = perMinute;
            this.tokens = perMinute;
            this.perNano = perMinute / 60_000_000_000.0;
        }

        synchronized boolean tryTake() {
            long now = System.nanoTime();
            tokens = Math.min(capacity, tokens + (now - last) * perNano);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return true;
            }
            return false;
        }
    }
}
