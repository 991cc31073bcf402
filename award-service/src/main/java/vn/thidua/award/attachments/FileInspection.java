package vn.thidua.award.attachments;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * What a file really is, read once as a stream: its kind from its content (magic bytes, and for the Office
 * formats the parts inside the ZIP container), its exact size and its SHA-256. The declared Content-Type and the
 * file name's extension are ignored: a renamed executable stays an executable.
 *
 * <p>Why not Apache Tika: tika-core alone tells an Office file only as a generic OOXML/ZIP container (it needs the
 * file name to say docx or xlsx, so a renamed xlsx would pass as docx), and the parser modules that look inside
 * weigh tens of megabytes. Five signatures and two container checks are small enough to own and test.
 */
public final class FileInspection {

    /** Enough ZIP entries to find the Office parts; a real docx/xlsx lists them among the first few. */
    private static final int MAX_ZIP_ENTRIES = 200;
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final int MAX_CONTENT_TYPES = 256 * 1024;
    private static final String WORD_MAIN =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final String EXCEL_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    private FileInspection() {
    }

    /**
     * @param kind   empty when the content is none of the known kinds
     * @param size   bytes read
     * @param sha256 lower-case hex
     */
    public record Result(Optional<FileKind> kind, long size, String sha256) {
    }

    /** The file is larger than the limit: nothing past the limit was read. */
    public static final class TooLarge extends IOException {
        TooLarge(long limit) {
            super("more than " + limit + " bytes");
        }
    }

    /** Reads the whole stream (not closing it), refusing more than {@code maxBytes}. */
    public static Result inspect(InputStream content, long maxBytes) throws IOException {
        MessageDigest sha256 = sha256();
        Limited limited = new Limited(content, maxBytes);
        InputStream in = new BufferedInputStream(new DigestInputStream(limited, sha256), 64 * 1024);
        in.mark(32);
        byte[] head = in.readNBytes(16);
        in.reset();
        Optional<FileKind> kind = bySignature(head);
        if (kind.isEmpty() && startsWith(head, ZIP)) {
            kind = officeKind(in);
        }
        // Whatever the container check left unread still counts for the size and the checksum; the last bytes
        // tell whether a PDF or JPEG is whole (a signature followed by junk is not the file it claims to be).
        Tail tail = new Tail(TAIL_BYTES);
        in.transferTo(tail);
        if (kind.isPresent() && !wellFormed(kind.get(), head, tail.bytes())) {
            kind = Optional.empty();
        }
        return new Result(kind, limited.count, HexFormat.of().formatHex(sha256.digest()));
    }

    /**
     * Beyond the signature (issue 12: a header followed by junk passed): a PDF ends with its {@code %%EOF} marker,
     * a PNG's first chunk is its {@code IHDR} header, a JPEG ends with its end-of-image marker (FF D9), each allowing
     * the trailing bytes writers leave after them. Office files are checked inside their container already.
     */
    static boolean wellFormed(FileKind kind, byte[] head, byte[] tail) {
        return switch (kind) {
            case PDF -> indexOf(tail, new byte[] {'%', '%', 'E', 'O', 'F'}) >= 0;
            case PNG -> head.length >= 16 && head[12] == 'I' && head[13] == 'H' && head[14] == 'D' && head[15] == 'R';
            case JPEG -> indexOf(tail, new byte[] {(byte) 0xFF, (byte) 0xD9}) >= 0;
            default -> true;
        };
    }

    private static final int TAIL_BYTES = 1024;

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Keeps the last bytes written to it. */
    private static final class Tail extends java.io.OutputStream {
        private final byte[] ring;
        private long written;

        Tail(int size) {
            this.ring = new byte[size];
        }

        @Override
        public void write(int b) {
            ring[(int) (written++ % ring.length)] = (byte) b;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            for (int i = 0; i < length; i++) {
                write(bytes[offset + i]);
            }
        }

        byte[] bytes() {
            int size = (int) Math.min(written, ring.length);
            byte[] out = new byte[size];
            for (int i = 0; i < size; i++) {
                out[i] = ring[(int) ((written - size + i) % ring.length)];
            }
            return out;
        }
    }

    static Optional<FileKind> bySignature(byte[] head) {
        if (startsWith(head, PDF)) {
            return Optional.of(FileKind.PDF);
        }
        if (startsWith(head, PNG)) {
            return Optional.of(FileKind.PNG);
        }
        if (startsWith(head, JPEG)) {
            return Optional.of(FileKind.JPEG);
        }
        return Optional.empty();
    }

    /**
     * An Office Open XML package is a ZIP whose {@code [Content_Types].xml} declares its main part: a Word document
     * or an Excel workbook (macro-enabled variants declare other types and are refused), and which holds that
     * part's folder ({@code word/} or {@code xl/}). Anything else in a ZIP is refused. Reading stops as soon as
     * both are seen, so a huge or hostile archive is not inflated past its first entries.
     */
    private static Optional<FileKind> officeKind(InputStream in) throws IOException {
        // Not closed: closing would close the stream the rest of the bytes are read from.
        ZipInputStream zip = new ZipInputStream(new NonClosing(in));
        FileKind declared = null;
        boolean declaredBoth = false;
        boolean partSeen = false;
        try {
            ZipEntry entry;
            int seen = 0;
            while ((entry = zip.getNextEntry()) != null && seen++ < MAX_ZIP_ENTRIES) {
                String name = entry.getName();
                if (name.equals("[Content_Types].xml")) {
                    String types = new String(zip.readNBytes(MAX_CONTENT_TYPES), StandardCharsets.UTF_8);
                    boolean word = types.contains(WORD_MAIN);
                    boolean excel = types.contains(EXCEL_MAIN);
                    declaredBoth = word && excel;
                    declared = word ? FileKind.DOCX : excel ? FileKind.XLSX : null;
                    if (declared == null || declaredBoth) {
                        return Optional.empty();
                    }
                }
                partSeen |= name.startsWith("word/") || name.startsWith("xl/");
                if (declared != null && partSeen) {
                    break;
                }
            }
        } catch (ZipException broken) {
            // Not a readable ZIP (TooLarge is no ZipException, so it still goes up).
            return Optional.empty();
        }
        if (declared == null || !partSeen) {
            return Optional.empty();
        }
        return Optional.of(declared);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }

    /** Counts bytes and stops at the limit. */
    private static final class Limited extends FilterInputStream {
        private final long limit;
        private long count;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(long n) throws IOException {
            count += n;
            if (count > limit) {
                throw new TooLarge(limit);
            }
        }
    }

    private static final class NonClosing extends FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
