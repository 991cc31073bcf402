package vn.thidua.launcher.store.equivalence;

import java.math.BigDecimal;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.Decimal128;

/**
 * The sort-key values of a document, rendered so that values MongoDB sorts as equal render the same: null and
 * missing, and numbers of different types with the same value (1, 1L, 1.0, Decimal128 1). Two stores may return
 * tied documents in different orders; the sequence of these keys is what they must agree on.
 */
final class SortKeys {

    private SortKeys() {
    }

    static String of(Document document, Document sort) {
        StringBuilder key = new StringBuilder();
        for (String path : sort.keySet()) {
            key.append(key.isEmpty() ? "" : " | ").append(render(get(document, path)));
        }
        return key.toString();
    }

    /** The value at a dotted path; null when a step is missing or not a document. */
    static Object get(Document document, String path) {
        Object value = document;
        for (String step : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(step);
        }
        return value;
    }

    static String render(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
            return "n:" + d;
        }
        if (value instanceof Decimal128 d) {
            return d.isNaN() || d.isInfinite() ? "n:" + d : "n:" + plain(d.bigDecimalValue());
        }
        if (value instanceof Number n) {
            return "n:" + plain(new BigDecimal(n.toString()));
        }
        if (value instanceof Date d) {
            return "d:" + d.getTime();
        }
        if (value instanceof String s) {
            return "s:" + s;
        }
        if (value instanceof List<?> list) {
            return "a:" + list;
        }
        if (value instanceof Document d) {
            return "o:" + Op.json(d);
        }
        return value.getClass().getSimpleName() + ":" + value;
    }

    private static String plain(BigDecimal n) {
        return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
    }
}
