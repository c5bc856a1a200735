package kith.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP/1.1 over a plain socket, for what java.net.http will not do: send any {@code Host} header, and
 * connect from a chosen local address (127.0.0.2 is loopback too on Linux, and is not a trusted proxy in
 * the test configuration).
 */
public final class RawHttp {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String from;
    private final int port;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private RawHttp(String from, int port) {
        this.from = from;
        this.port = port;
    }

    /** Requests to the test server on this port, sent from the given local address. */
    public static RawHttp from(String localAddress, int port) {
        return new RawHttp(localAddress, port);
    }

    /** Sends this header with every request (a second call replaces it). */
    public RawHttp header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Response get(String path) throws IOException {
        return send("GET", path, null);
    }

    public Response postForm(String path, String form) throws IOException {
        return send("POST", path, form);
    }

    private Response send(String method, String path, String form) throws IOException {
        StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
        if (!headers.containsKey("Host")) {
            request.append("Host: localhost:").append(port).append("\r\n");
        }
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        byte[] body = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
        if (form != null) {
            request.append("Content-Type: application/x-www-form-urlencoded\r\n")
                    .append("Content-Length: ").append(body.length).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return Response.parse(readAll(socket.getInputStream()));
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toByteArray();
    }

    /** An answer: status, headers by lower-case name, and the body (de-chunked). */
    public record Response(int status, Map<String, List<String>> headers, String body) {

        public Optional<String> header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of()).stream().findFirst();
        }

        /** The KITH_SESSION cookie set by this answer, as "KITH_SESSION=…", if any. */
        public Optional<String> sessionCookie() {
            return headers.getOrDefault("set-cookie", List.of()).stream()
                    .filter(cookie -> cookie.startsWith("KITH_SESSION="))
                    .map(cookie -> cookie.split(";")[0])
                    .findFirst();
        }

        /** The CSRF token of the first form on the page. */
        public String csrfToken() {
            Matcher token = CSRF.matcher(body);
            if (!token.find()) {
                throw new IllegalStateException("No CSRF token on the page (" + status + ")");
            }
            return token.group(1);
        }

        static Response parse(byte[] raw) {
            String text = new String(raw, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            String[] lines = text.substring(0, end).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(lines[i].substring(colon + 1).trim());
            }
            String body = text.substring(end + 4);
            if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
                body = dechunked(body);
            }
            return new Response(status, headers, new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        }

        private static String dechunked(String body) {
            StringBuilder whole = new StringBuilder();
            int at = 0;
            while (true) {
                int lineEnd = body.indexOf("\r\n", at);
                int size = Integer.parseInt(body.substring(at, lineEnd).split(";")[0].trim(), 16);
                if (size == 0) {
                    return whole.toString();
                }
                whole.append(body, lineEnd + 2, lineEnd + 2 + size);
                at = lineEnd + 2 + size + 2;
            }
        }
    }
}
