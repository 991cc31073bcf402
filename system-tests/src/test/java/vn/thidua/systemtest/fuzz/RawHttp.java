package vn.thidua.systemtest.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written byte for byte on a socket. The JDK's client refuses what an attacker sends (a raw {@code %zz},
 * NUL or backslash in a path, non-ASCII header values), so the suite writes requests itself; one connection per
 * request ({@code Connection: close}) so a refused request cannot poison the next.
 */
final class RawHttp {

    private RawHttp() {
    }

    /** An answer: status, headers (names in lower case) and body. Status 0 = no answer (connection closed). */
    record Answer(int status, Map<String, String> headers, byte[] body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    static Answer send(int port, String method, byte[] target, Map<String, byte[]> headers, byte[] body) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(40_000);
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            request.writeBytes((method + " ").getBytes(StandardCharsets.US_ASCII));
            request.writeBytes(target);
            request.writeBytes(" HTTP/1.1\r\nHost: localhost:".getBytes(StandardCharsets.US_ASCII));
            request.writeBytes((port + "\r\nConnection: close\r\n").getBytes(StandardCharsets.US_ASCII));
            for (Map.Entry<String, byte[]> header : headers.entrySet()) {
                request.writeBytes((header.getKey() + ": ").getBytes(StandardCharsets.US_ASCII));
                request.writeBytes(header.getValue());
                request.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            if (body != null) {
                request.writeBytes(("Content-Length: " + body.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
            }
            request.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
            if (body != null) {
                request.writeBytes(body);
            }
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.toByteArray());
                out.flush();
            } catch (IOException refusedEarly) {
                // The server may answer and close before reading a large request; read what it said.
            }
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            return new Answer(0, Map.of("error", String.valueOf(e)), new byte[0]);
        }
    }

    private static Answer parse(byte[] raw) {
        int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
        if (end < 0) {
            return new Answer(0, Map.of("error", "no complete answer (" + raw.length + " bytes)"), raw);
        }
        String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        int status = statusLine.length > 1 ? Integer.parseInt(statusLine[1].trim()) : 0;
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.putIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(body);
        }
        return new Answer(status, headers, body);
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOf(chunked, "\r\n".getBytes(StandardCharsets.US_ASCII), at);
            if (lineEnd < 0) {
                break;
            }
            String sizeText = new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].trim();
            int size = sizeText.isEmpty() ? 0 : Integer.parseInt(sizeText, 16);
            if (size == 0) {
                break;
            }
            out.write(chunked, lineEnd + 2, Math.min(size, chunked.length - lineEnd - 2));
            at = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

}
