package vn.thidua.award;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import vn.thidua.award.checks.Finding;
import vn.thidua.award.checks.FindingMessages;

/**
 * How a {@link Finding} is stored: its {@code numbers} as a list of {@code {key, value}}, so no indicator or flag
 * code (plan data, possibly with a dot or a dollar) ever becomes a field name and breaks a save; the API keeps
 * showing them as an object. Reading also accepts the older object form.
 */
final class StoreConversions {

    private StoreConversions() {
    }

    static List<Converter<?, ?>> all() {
        return List.of(new FindingWriter(), new FindingReader());
    }

    @WritingConverter
    static final class FindingWriter implements Converter<Finding, Document> {
        @Override
        public Document convert(Finding finding) {
            List<Document> numbers = new ArrayList<>();
            finding.numbers().forEach((key, value) -> numbers.add(new Document("key", key).append("value",
                    storable(value))));
            Document message = new Document();
            if (finding.message() != null) {
                finding.message().forEach(message::append);
            }
            return new Document("rule", finding.rule())
                    .append("outcome", finding.outcome() == null ? null : finding.outcome().name())
                    .append("message", message).append("legalBasis", finding.legalBasis())
                    .append("numbers", numbers).append("code", finding.code()).append("args", storableArgs(finding.args()));
        }

        /** Plain arguments as strings, a part as {@code {code, args}} (fixed field names). */
        private static List<Object> storableArgs(List<?> args) {
            List<Object> stored = new ArrayList<>();
            for (Object arg : args) {
                stored.add(arg instanceof FindingMessages.Part part
                        ? new Document("code", part.code()).append("args", storableArgs(part.args()))
                        : String.valueOf(arg));
            }
            return stored;
        }

        private static Object storable(Object value) {
            if (value == null || value instanceof Number || value instanceof String || value instanceof Boolean) {
                return value;
            }
            if (value instanceof Iterable<?> many) {
                List<Object> items = new ArrayList<>();
                many.forEach(item -> items.add(storable(item)));
                return items;
            }
            return String.valueOf(value);
        }
    }

    @ReadingConverter
    static final class FindingReader implements Converter<Document, Finding> {
        @Override
        @SuppressWarnings("unchecked")
        public Finding convert(Document stored) {
            Map<String, Object> numbers = new LinkedHashMap<>();
            Object raw = stored.get("numbers");
            if (raw instanceof List<?> list) {
                for (Object item : list) {
                    if (item instanceof Document entry) {
                        numbers.put(entry.getString("key"), entry.get("value"));
                    }
                }
            } else if (raw instanceof Document old) {
                numbers.putAll(old);
            }
            Map<String, String> message = new LinkedHashMap<>();
            if (stored.get("message") instanceof Document words) {
                words.forEach((language, text) -> message.put(language, String.valueOf(text)));
            }
            String outcome = stored.getString("outcome");
            Object args = stored.get("args");
            return new Finding(stored.getString("rule"), outcome == null ? null : Finding.Outcome.valueOf(outcome),
                    message, stored.getString("legalBasis"), numbers, stored.getString("code"),
                    args instanceof List<?> list ? readArgs(list) : List.of());
        }

        private static List<Object> readArgs(List<?> stored) {
            List<Object> args = new ArrayList<>();
            for (Object arg : stored) {
                args.add(arg instanceof Document part ? new FindingMessages.Part(part.getString("code"),
                        part.get("args") instanceof List<?> inner ? readArgs(inner) : List.of())
                        : String.valueOf(arg));
            }
            return args;
        }
    }
}
