package nl.vaardig.web.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 over a plain socket: sends the request target exactly as given (java.net.URI refuses malformed
 * percent-encoding, which is the point here) and returns the status code of the answer.
 */
public final class RawHttp {

    private final int port;

    public RawHttp(int port) {
        this.port = port;
    }

    /** Status and body of the answer (read until the server closes: the request asks it to). */
    public record Answer(int status, String body) {
    }

    public int send(String method, String target, String token, String contentType, byte[] body) throws IOException {
        return exchange(method, target, token, contentType, body, false).status();
    }

    public Answer exchange(String method, String target, String token, String contentType, byte[] body) throws IOException {
        return exchange(method, target, token, contentType, body, true);
    }

    private Answer exchange(String method, String target, String token, String contentType, byte[] body, boolean readBody)
            throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            StringBuilder head = new StringBuilder(256).append(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                    .append("Host: localhost:").append(port).append("\r\nConnection: close\r\nAccept: */*\r\n");
            if (token != null) {
                head.append("Authorization: Bearer ").append(token).append("\r\n");
            }
            if (body != null) {
                head.append("Content-Type: ").append(contentType).append("\r\nContent-Length: ").append(body.length).append("\r\n");
            }
            head.append("\r\n");
            request.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                request.write(body);
            }
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.toByteArray());
                out.flush();
            } catch (IOException refusedMidway) {
                // the server may answer (413, 400) and close before a large body is sent: read what it said
            }
            InputStream in = socket.getInputStream();
            int status = status(in);
            if (!readBody) {
                return new Answer(status, "");
            }
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int start = response.indexOf("\r\n\r\n");
            String content = start < 0 ? "" : response.substring(start + 4);
            // a chunked body: keep the JSON between the chunk sizes (one chunk for a problem document)
            if (response.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
                int open = content.indexOf('{');
                int close = content.lastIndexOf('}');
                content = open < 0 || close < open ? content : content.substring(open, close + 1);
            }
            return new Answer(status, content);
        }
    }

    private static int status(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
            line.append((char) b);
        }
        String[] parts = line.toString().split(" ");
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IOException("no HTTP status line: '" + line + "'");
        }
        return Integer.parseInt(parts[1]);
    }
}
