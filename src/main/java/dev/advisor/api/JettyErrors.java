package dev.advisor.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;

/**
 * The requests Jetty refuses before Javalin sees them (a broken request line, a header or URL too
 * long, a bad content length or chunk) answered in the API's one error shape instead of Jetty's
 * HTML page, so every client sees one kind of error whatever layer refused it.
 */
final class JettyErrors extends ErrorHandler {
    private final ObjectMapper json;

    JettyErrors(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        int status = clientStatus(code);
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(body(status, code, message)), callback);
    }

    /** The answer to a request so broken that there is no request to hand to a handler. */
    @Override
    public ByteBuffer badMessageError(int code, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        return ByteBuffer.wrap(body(clientStatus(code), code, reason));
    }

    /**
     * An HTTP version we do not speak is the client's doing, like any other malformed request line:
     * a 400 naming it rather than the 505 that would read as a fault of ours.
     */
    static int clientStatus(int code) {
        return code == HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505 ? HttpStatus.BAD_REQUEST_400 : code;
    }

    private byte[] body(int status, int code, String message) {
        String reason = HttpStatus.getMessage(code);
        String text;
        if (code == HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505) {
            text = "the request line names an HTTP version this server does not speak; use HTTP/1.1";
        } else if (message == null || message.isBlank() || message.equals(reason)) {
            // Jetty gives only the reason phrase when, for one, a percent escape of the URL is broken.
            text = "the request is refused (" + reason + "): check its request line, the percent escapes of its URL "
                    + "and its headers";
        } else {
            text = message;
        }
        try {
            return json.writeValueAsBytes(ApiError.of(status, HttpStatus.getMessage(status).toLowerCase(java.util.Locale.ROOT), text));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an error of ours cannot be written as JSON", e);
        }
    }
}
