package vn.thidua.registration.units.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV as government spreadsheets export it: comma-separated, cells in double quotes may hold commas,
 * doubled quotes and line breaks. Each record remembers the line of the file it starts on, so a report can point
 * at it. A byte-order mark is ignored; a quoted cell left open at the end of the file makes that last record
 * {@link Record#broken() broken} instead of swallowing it silently.
 */
public final class Csv {

    private Csv() {
    }

    /** One record: its cells and the 1-based line it starts on. */
    public record Record(int line, List<String> cells, boolean broken) {

        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }

        /** Whether every cell from {@code from} on is blank. */
        public boolean blankFrom(int from) {
            for (int i = from; i < cells.size(); i++) {
                if (!cells.get(i).isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }

    public static List<Record> parse(String text) {
        List<Record> records = new ArrayList<>();
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        int line = 1;
        while (i < text.length()) {
            int startLine = line;
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            boolean broken = false;
            boolean endOfRecord = false;
            while (!endOfRecord) {
                if (i >= text.length()) {
                    broken = quoted;
                    break;
                }
                char c = text.charAt(i++);
                if (quoted) {
                    if (c == '"') {
                        if (i < text.length() && text.charAt(i) == '"') {
                            cell.append('"');
                            i++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        cell.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\r') {
                    // part of \r\n: the \n ends the record
                } else if (c == '\n') {
                    line++;
                    endOfRecord = true;
                } else {
                    cell.append(c);
                }
            }
            cells.add(cell.toString());
            records.add(new Record(startLine, List.copyOf(cells), broken));
        }
        return records;
    }
}
