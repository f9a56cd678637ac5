package nl.vaardig.web.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import nl.vaardig.web.platform.problem.ProblemResponseWriter;
import nl.vaardig.web.platform.problem.RequestBodyTooLargeException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One size limit for every JSON body the API reads (default 256 KiB): a profile, a vacancy or a team description
 * is a few kilobytes, so anything far larger is a mistake or an attack and is refused with 413 before it is
 * parsed. A declared Content-Length is checked up front; a chunked body is counted while it is read. Bulk feeds are
 * not JSON documents (JSON Lines or CSV, streamed to disk); text extraction has its own smaller limit with its own
 * message, a badge upload (JSON, PNG or SVG) its own 2 MB, and a dead-letter re-drive carries a corrected event
 * up to the broker's record limit (512 KiB).
 */
@Component
public class JsonBodyLimitFilter extends OncePerRequestFilter {

    /** Endpoints that enforce their own limit. */
    private static final java.util.List<String> OWN_LIMIT = java.util.List.of("/api/public/skills/extract",
            "/api/admin/dead-letters/", "/api/me/badges");

    private final long maxBytes;
    private final ProblemResponseWriter problems;

    JsonBodyLimitFilter(@Value("${vaardig.api.max-json-bytes:262144}") long maxBytes, ProblemResponseWriter problems) {
        if (maxBytes < 1024) {
            throw new IllegalArgumentException("vaardig.api.max-json-bytes must be at least 1024");
        }
        this.maxBytes = maxBytes;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        String uri = request.getRequestURI();
        if (!uri.startsWith("/api/") || type == null || OWN_LIMIT.stream().anyMatch(uri::startsWith)) {
            return true;
        }
        String mediaType = type.toLowerCase(Locale.ROOT).split(";", 2)[0].trim();
        return !(mediaType.equals("application/json") || mediaType.endsWith("+json"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            problems.write(request, response, 413,
                    "Het verzoek is groter dan " + maxBytes / 1024 + " kB; stuur minder gegevens tegelijk.",
                    "The request is larger than " + maxBytes / 1024 + " kB; send less data at once.");
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new Counted(request, maxBytes) : request, response);
    }

    /** A body of unknown length, refused as soon as it passes the limit. */
    private static final class Counted extends HttpServletRequestWrapper {

        private final long maxBytes;
        private ServletInputStream stream;

        Counted(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws RequestBodyTooLargeException {
                        read += n;
                        if (read > maxBytes) {
                            throw new RequestBodyTooLargeException(maxBytes);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
