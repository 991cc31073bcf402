package vn.thidua.reporting.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans (regular and bold), bundled in {@code fonts/} (Bitstream Vera licence, see DejaVu-LICENSE.txt):
 * it covers Vietnamese, so the PDF and its chart render every diacritic on any machine.
 */
public final class ReportFonts {

    public static final String REGULAR = "fonts/DejaVuSans.ttf";
    public static final String BOLD = "fonts/DejaVuSans-Bold.ttf";

    private static final byte[] REGULAR_BYTES = load(REGULAR);
    private static final byte[] BOLD_BYTES = load(BOLD);

    private ReportFonts() {
    }

    public static byte[] regular() {
        return REGULAR_BYTES;
    }

    public static byte[] bold() {
        return BOLD_BYTES;
    }

    private static byte[] load(String path) {
        try (InputStream in = ReportFonts.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
