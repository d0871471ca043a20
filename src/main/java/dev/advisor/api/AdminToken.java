package dev.advisor.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;

/**
 * The secret that opens the admin routes, from {@value #VARIABLE}. Without one the routes are off.
 * Compared in constant time, so the answer's timing does not give the token away byte by byte.
 */
public final class AdminToken {
    public static final String VARIABLE = "ADVISOR_ADMIN_TOKEN";
    /** Long enough that guessing over HTTP is hopeless. */
    public static final int SHORTEST = 16;
    public static final AdminToken NONE = new AdminToken(null);

    private final byte[] token;

    private AdminToken(byte[] token) {
        this.token = token;
    }

    /** The token from the environment's value: none when unset or empty, refused when too short. */
    public static AdminToken of(String value) {
        if (value == null || value.isEmpty()) return NONE;
        if (value.strip().length() < SHORTEST || !value.equals(value.strip())) {
            throw new IllegalArgumentException(VARIABLE + " must be at least " + SHORTEST
                    + " characters without surrounding spaces (a random one: openssl rand -hex 24)");
        }
        return new AdminToken(value.getBytes(StandardCharsets.UTF_8));
    }

    public boolean enabled() {
        return token != null;
    }

    /** How a request's {@code Authorization} header fares. */
    public enum Check { OFF, MISSING, WRONG, ACCEPTED }

    public Check check(String authorization) {
        if (token == null) return Check.OFF;
        if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith("bearer ")) return Check.MISSING;
        byte[] given = authorization.substring("bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, token) ? Check.ACCEPTED : Check.WRONG;
    }
}
