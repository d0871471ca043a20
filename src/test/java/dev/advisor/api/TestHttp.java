package dev.advisor.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.advisor.app.Advisor;
import io.javalin.Javalin;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API served on a random port of this machine, and a client for it: requests through the JDK's
 * HTTP client, requests written byte by byte on a socket, and the check of the one error shape.
 */
final class TestHttp implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> ERROR_KEYS = List.of("status", "error", "message", "problems", "warnings");

    private final Javalin app;
    private final String base;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private TestHttp(Javalin app) {
        this.app = app;
        this.base = "http://127.0.0.1:" + app.port();
    }

    static TestHttp start(Advisor advisor) {
        return start(advisor, AdminToken.NONE);
    }

    static TestHttp start(Advisor advisor, AdminToken token) {
        return new TestHttp(new ApiServer(advisor, token).create().start("127.0.0.1", 0));
    }

    int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (headers.length > 0) request.headers(headers);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<byte[]> post(String path, String contentType, byte[] body, String... headers)
            throws IOException, InterruptedException {
        return send("POST", path, contentType, body, headers);
    }

    HttpResponse<byte[]> send(String method, String path, String contentType, byte[] body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) request.header("Content-Type", contentType);
        if (headers.length > 0) request.headers(headers);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<byte[]> postJson(String body, String... headers) throws IOException, InterruptedException {
        return post("/api/evaluations", "application/json", body.getBytes(StandardCharsets.UTF_8), headers);
    }

    HttpResponse<byte[]> postJson(JsonNode document) throws IOException, InterruptedException {
        return postJson(JSON.writeValueAsString(document));
    }

    static JsonNode json(HttpResponse<byte[]> response) throws IOException {
        return JSON.readTree(response.body());
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** A response read off a raw socket. */
    record Raw(int status, String contentType, byte[] body) {
        static Raw of(HttpResponse<byte[]> response) {
            return new Raw(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** Asserts the status, the one error shape, and returns the body. */
    static JsonNode assertError(HttpResponse<byte[]> response, int status) throws IOException {
        return assertError(Raw.of(response), status);
    }

    static JsonNode assertError(Raw response, int status) throws IOException {
        assertEquals(status, response.status(), () -> "body: " + response.text());
        assertTrue(response.contentType().startsWith("application/json"), () -> "content type " + response.contentType());
        JsonNode body = JSON.readTree(response.body());
        List<String> keys = new ArrayList<>();
        body.fieldNames().forEachRemaining(keys::add);
        assertEquals(Set.copyOf(ERROR_KEYS), Set.copyOf(keys), "error shape");
        assertEquals(status, body.get("status").asInt());
        assertFalse(body.get("error").asText().isBlank(), "error names the kind of failure");
        assertTrue(body.get("problems").isArray(), "problems is a list");
        assertTrue(body.get("warnings").isArray(), "warnings is a list");
        return body;
    }

    /**
     * Sends {@code head} (request line and headers, without the blank line) and {@code body} over a plain
     * socket and reads the final response. Used where the server answers from the headers alone: when a
     * client sends a body the server never reads, Jetty may close the connection before the body has
     * arrived, and the late bytes reset the socket, which can destroy the response on the client's side.
     * So those requests say {@code Expect: 100-continue} and send no body, as a well-behaved client does.
     */
    Raw raw(String head, byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", app.port())) {
            socket.setSoTimeout(30_000); // a guard against a hang, not a synchronisation
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            while (true) {
                String statusLine = line(in);
                int status = Integer.parseInt(statusLine.split(" ")[1]);
                Map<String, String> headers = new LinkedHashMap<>();
                for (String header = line(in); !header.isEmpty(); header = line(in)) {
                    int colon = header.indexOf(':');
                    headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
                }
                if (status >= 100 && status < 200) continue; // an interim response; the final one follows
                byte[] content = in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
                return new Raw(status, headers.getOrDefault("content-type", ""), content);
            }
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) throw new IOException("connection closed mid-response after '" + line + "'");
            if (b != '\r') line.write(b);
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    static byte[] chunked(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int at = 0; at < body.length; at += 8192) {
            int size = Math.min(8192, body.length - at);
            out.writeBytes((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body, at, size);
            out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }
}
