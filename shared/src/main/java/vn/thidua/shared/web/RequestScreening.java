package vn.thidua.shared.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * The rules of {@link RequestScreeningFilter}, free of the servlet API: what a well-formed request line, header and
 * media type look like for this platform.
 */
public final class RequestScreening {

    /** Headers the platform reads as tokens or numbers: visible ASCII only (RFC 9110 field values we parse). */
    public static final List<String> ASCII_HEADERS = List.of("Idempotency-Key", "If-Match", "If-None-Match",
            "X-Thidua-Fault", "Accept-Language");

    private RequestScreening() {
    }

    /**
     * A raw path or query: every {@code %} followed by two hex digits, the decoded bytes valid UTF-8, and no control
     * character (C0, DEL, C1) nor, in a path, a backslash once decoded.
     */
    public static boolean isCleanEncoded(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return false;
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return false;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        String decoded;
        try {
            decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        return decoded.chars().noneMatch(RequestScreening::isControl);
    }

    /** A path also may not hold a backslash, raw or encoded: some stores and gateways read it as a separator. */
    public static boolean isCleanPath(String raw) {
        return isCleanEncoded(raw) && !raw.contains("\\") && !raw.toUpperCase(java.util.Locale.ROOT).contains("%5C");
    }

    public static boolean isControl(int c) {
        return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F);
    }

    public static boolean isVisibleAscii(String value) {
        return value.chars().allMatch(c -> c >= 0x20 && c < 0x7F);
    }

    /** A Content-Type as sent, or null when it cannot be parsed or names a charset this JVM does not know. */
    public static MediaType parse(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            String charset = type.getParameter("charset");
            if (charset != null && !Charset.isSupported(charset.replace("\"", ""))) {
                return null;
            }
            return type;
        } catch (InvalidMediaTypeException | IllegalCharsetNameException e) {
            return null;
        }
    }

    /** RFC 2046: a boundary of 1 to 70 characters. */
    public static boolean hasBoundary(MediaType multipart) {
        String boundary = multipart.getParameter("boundary");
        if (boundary == null) {
            return false;
        }
        if (boundary.startsWith("\"")) {
            if (boundary.length() < 3 || !boundary.endsWith("\"")) {
                return false;
            }
            boundary = boundary.substring(1, boundary.length() - 1);
        }
        return !boundary.isBlank() && boundary.length() <= 70;
    }

    /** Accept as sent (any type when absent), or null when it cannot be parsed. */
    public static List<MediaType> parseAll(String accept) {
        if (accept == null || accept.isBlank()) {
            return List.of(MediaType.ALL);
        }
        try {
            return MediaType.parseMediaTypes(accept);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether a JSON answer (a view or a problem) is acceptable: some type compatible with it, quality above 0. */
    public static boolean admitsJson(List<MediaType> accepted) {
        return accepted.stream().anyMatch(type -> type.getQualityValue() > 0
                && (type.isCompatibleWith(MediaType.APPLICATION_JSON)
                || type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)));
    }
}
