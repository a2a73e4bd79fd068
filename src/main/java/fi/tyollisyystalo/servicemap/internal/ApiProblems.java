package fi.tyollisyystalo.servicemap.internal;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import fi.tyollisyystalo.base.web.RequestIdFilter;
import fi.tyollisyystalo.base.web.Unavailable;

/**
 * Every error of the open API as {@code application/problem+json} (RFC 9457): type, title, status,
 * detail, the request id and, for a bad parameter, its name. Only requests under /api/ are answered
 * here; any other request's exception goes on to the handling it had before.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    static final String TYPES = "/api/v1/problems/";

    /** A query parameter outside the published schema. */
    static final class InvalidParameter extends RuntimeException {
        private final String parameter;

        InvalidParameter(String parameter, String detail) {
            super(detail, null, false, false);
            this.parameter = parameter;
        }
    }

    /** No published service with this id (or no such address). */
    static final class NotFound extends RuntimeException {
        NotFound() {
            super("not found", null, false, false);
        }
    }

    @ExceptionHandler(InvalidParameter.class)
    ResponseEntity<ProblemDetail> invalid(InvalidParameter e, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter", e.getMessage(), e.parameter,
                request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request)
            throws MethodArgumentTypeMismatchException {
        onlyApi(e, request);
        return problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter",
                e.getName() + " must be a whole number.", e.getName(), request);
    }

    @ExceptionHandler({NotFound.class, NoResourceFoundException.class})
    ResponseEntity<ProblemDetail> notFound(Exception e, HttpServletRequest request) throws Exception {
        onlyApi(e, request);
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found",
                "There is no published service or API resource at this address.", null, request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request)
            throws HttpRequestMethodNotSupportedException {
        onlyApi(e, request);
        return problem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "Method not allowed",
                "The open API is read-only: use GET.", null, request);
    }

    /** A database or search engine that cannot be reached is a 503 with Retry-After; anything else a 500. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> failure(Exception e, HttpServletRequest request) throws Exception {
        onlyApi(e, request);
        if (Unavailable.isCause(e)) {
            log.warn("Open API unavailable: {}", String.valueOf(e));
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(Unavailable.RETRY_AFTER_SECONDS))
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(body(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Service unavailable",
                            "The service map is temporarily unavailable. Try again in a moment.", null, request));
        }
        log.error("Open API failed", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "Something went wrong on our side. The request id identifies it in our logs.", null, request);
    }

    private static <E extends Exception> void onlyApi(E e, HttpServletRequest request) throws E {
        if (!request.getRequestURI().startsWith("/api/")) {
            throw e; // not ours: Spring goes on as if this handler did not exist
        }
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title, String detail,
            @Nullable String parameter, HttpServletRequest request) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body(status, type, title, detail, parameter, request));
    }

    static ProblemDetail body(HttpStatus status, String type, String title, String detail, @Nullable String parameter,
            HttpServletRequest request) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create(TYPES + type));
        p.setTitle(title);
        p.setInstance(URI.create(request.getRequestURI()));
        if (parameter != null) {
            p.setProperty("parameter", parameter);
        }
        p.setProperty("requestId", RequestIdFilter.current());
        return p;
    }
}
