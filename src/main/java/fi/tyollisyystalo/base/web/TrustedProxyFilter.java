package fi.tyollisyystalo.base.web;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.ForwardedHeaderFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Forwarded headers ({@code X-Forwarded-For}, {@code -Proto}, {@code -Host}, {@code Forwarded}) count only
 * when the connection comes from a proxy in {@code tyollisyystalo.api.trusted-proxies} (CIDRs, comma-separated;
 * empty, the default, trusts none). From anyone else they are removed, so neither the rate limit of the open
 * API nor a redirect URI can be steered by a client. From a trusted proxy, Spring's {@link ForwardedHeaderFilter}
 * applies scheme, host and port, and the client address is the right-most {@code X-Forwarded-For} entry that
 * is not itself a trusted proxy (a client can prepend anything to the header, but not append). Replaces
 * {@code server.forward-headers-strategy=framework}, which believes the left-most entry from anyone.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class TrustedProxyFilter extends OncePerRequestFilter {

    private final List<Cidr> trusted;
    private final ForwardedHeaderFilter apply = new ForwardedHeaderFilter();
    private final ForwardedHeaderFilter remove = new ForwardedHeaderFilter();

    public TrustedProxyFilter(@Value("${tyollisyystalo.api.trusted-proxies:}") String trustedProxies) {
        List<Cidr> list = new ArrayList<>();
        for (String cidr : trustedProxies.split(",")) {
            if (!cidr.isBlank()) {
                list.add(Cidr.parse(cidr.strip()));
            }
        }
        this.trusted = List.copyOf(list);
        remove.setRemoveOnly(true);
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isTrusted(request.getRemoteAddr())) {
            remove.doFilter(request, response, chain);
            return;
        }
        String client = clientAddress(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")));
        apply.doFilter(request, response, (req, res) -> chain.doFilter(
                new HttpServletRequestWrapper((HttpServletRequest) req) {
                    @Override
                    public String getRemoteAddr() {
                        return client;
                    }

                    @Override
                    public String getRemoteHost() {
                        return client;
                    }
                }, res));
    }

    boolean isTrusted(@Nullable String address) {
        if (trusted.isEmpty() || address == null) {
            return false;
        }
        byte[] bytes = bytes(address);
        return bytes != null && trusted.stream().anyMatch(c -> c.contains(bytes));
    }

    /** Walks X-Forwarded-For from the right, past the trusted proxies, to the first address that is not one. */
    String clientAddress(String remoteAddr, List<String> headers) {
        List<String> hops = new ArrayList<>();
        for (String header : headers) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        }
        String client = remoteAddr;
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (bytes(hop) == null) {
                break; // not an address (obfuscated, "unknown"): the last good one stands
            }
            client = hop;
            if (!isTrusted(hop)) {
                break;
            }
        }
        return client;
    }

    /** An IP literal's bytes, or null for anything else (never a DNS look-up). */
    private static byte @Nullable [] bytes(String address) {
        String a = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1)
                : address;
        if (!a.matches("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*")) {
            return null;
        }
        try {
            return InetAddress.getByName(a).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private record Cidr(byte[] network, int prefix) {
        static Cidr parse(String text) {
            int slash = text.indexOf('/');
            byte[] address = bytes(slash < 0 ? text : text.substring(0, slash));
            if (address == null) {
                throw new IllegalArgumentException("tyollisyystalo.api.trusted-proxies: not an IP address or CIDR: " + text);
            }
            int prefix = slash < 0 ? address.length * 8 : Integer.parseInt(text.substring(slash + 1));
            if (prefix < 0 || prefix > address.length * 8) {
                throw new IllegalArgumentException("tyollisyystalo.api.trusted-proxies: bad prefix length: " + text);
            }
            return new Cidr(address, prefix);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int shift = network.length * 8 - prefix;
            return new BigInteger(1, address).shiftRight(shift).equals(new BigInteger(1, network).shiftRight(shift));
        }
    }
}
