package fi.tyollisyystalo.base.security;

import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The Content-Security-Policy of every page, with a fresh nonce per request. Only scripts that carry
 * the nonce run: the bootstrap page's own inline scripts get it ({@code base.ui.SafeBootstrap}), an
 * injected {@code <script>} or event-handler attribute does not. Vaadin's client still needs
 * {@code 'unsafe-eval'} (it runs the server's {@code executeJs} through {@code new Function}); the
 * {@code 'unsafe-inline'} beside the nonce is ignored by every browser that knows nonces and only
 * keeps pre-2016 browsers working. Styles stay {@code 'unsafe-inline'}: Vaadin's components set
 * inline styles.
 */
public final class ContentSecurityPolicy {

    private static final String ATTRIBUTE = ContentSecurityPolicy.class.getName() + ".nonce";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ContentSecurityPolicy() {
    }

    /** The nonce of this request, made on first use and the same for the header and the page. */
    public static String nonce(HttpServletRequest request) {
        Object existing = request.getAttribute(ATTRIBUTE);
        if (existing instanceof String nonce) {
            return nonce;
        }
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(ATTRIBUTE, nonce);
        return nonce;
    }

    /** The policy for a request; {@code extraImgSrc} is the map tile server's origin, or empty. */
    public static String policy(HttpServletRequest request, String extraImgSrc) {
        return "default-src 'self'; "
                + "script-src 'self' 'nonce-" + nonce(request) + "' 'unsafe-inline' 'unsafe-eval'; "
                + "script-src-attr 'none'; "
                + "style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob:" + (extraImgSrc.isBlank() ? "" : " " + extraImgSrc.strip()) + "; "
                + "font-src 'self' data:; connect-src 'self'; manifest-src 'self'; worker-src 'self'; "
                + "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
    }
}
