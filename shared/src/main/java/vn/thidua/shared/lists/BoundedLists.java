package vn.thidua.shared.lists;

import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import vn.thidua.shared.web.PageResponse;

/**
 * Reads one page of a list the way every list must read at volume (issue 15): sorted with {@code _id} as the last
 * key, so the order is total and a page can continue from the last item ({@code after=}, keyset) instead of skipping
 * past everything before it; {@code size + 1} items fetched to know whether there is a next page without counting;
 * the total counted only up to {@code thidua.lists.count-cap} ({@code totalExact=false} past it), so no request counts
 * a whole tenant. Sort keys are stored field names ({@code _id}, {@code updatedAt}, {@code plan.code}); they must be
 * present on every document of the list (a document without its sort key is reached by {@code page} only).
 */
public class BoundedLists {

    public static final int DEFAULT_COUNT_CAP = 10_000;

    private final MongoTemplate mongo;
    private final int countCap;

    public BoundedLists(MongoTemplate mongo, int countCap) {
        this.mongo = mongo;
        this.countCap = Math.max(1, countCap);
    }

    public int countCap() {
        return countCap;
    }

    /** A page of {@code type}'s own collection; {@code list} names the list inside its cursors. */
    public <T> PageResponse<T> page(String list, Class<T> type, Criteria filter, Sort sort, int page, int size,
            String after) {
        return page(list, type, null, filter, sort, page, size, after);
    }

    /** As above, from {@code collection} ({@code null}: the type's own). */
    public <T> PageResponse<T> page(String list, Class<T> type, String collection, Criteria filter, Sort sort,
            int page, int size, String after) {
        return page(list, type, collection, filter, sort, page, size, after, new String[0]);
    }

    /**
     * As above, reading only {@code fields} of each item (a summary list); the sort keys are read too, since the
     * next cursor is made of them.
     */
    public <T> PageResponse<T> page(String list, Class<T> type, String collection, Criteria filter, Sort sort,
            int page, int size, String after, String... fields) {
        PageResponse.validate(page, size);
        List<Sort.Order> orders = KeysetSort.withTiebreaker(sort);
        Query find;
        if (after == null || after.isEmpty()) {
            find = new Query(filter).skip((long) page * size);
        } else {
            Cursor cursor = Cursor.decode(after, tag(list, orders), orders.size());
            find = new Query(new Criteria().andOperator(filter, KeysetSort.after(orders, cursor.values())));
        }
        find.with(Sort.by(orders)).limit(size + 1);
        if (fields.length > 0) {
            find.fields().include(fields);
            orders.forEach(order -> find.fields().include(order.getProperty()));
        }
        List<T> found = collection == null ? mongo.find(find, type) : mongo.find(find, type, collection);
        boolean more = found.size() > size;
        List<T> items = more ? new ArrayList<>(found.subList(0, size)) : found;
        String next = more ? new Cursor(tag(list, orders), sortValues(items.getLast(), orders)).encode() : null;
        long counted = count(type, collection, filter);
        boolean exact = counted <= countCap;
        return new PageResponse<>(items, page, size, exact ? counted : countCap, exact, next);
    }

    /** Counts the matches up to the cap (+1, to tell "exactly the cap" from "more"): the count stops there. */
    public long count(Class<?> type, String collection, Criteria filter) {
        Query count = new Query(filter).limit(countCap + 1);
        return collection == null ? mongo.count(count, type) : mongo.count(count, type, collection);
    }

    private List<Object> sortValues(Object item, List<Sort.Order> orders) {
        Document stored;
        if (item instanceof Document document) {
            stored = document;
        } else {
            stored = new Document();
            mongo.getConverter().write(item, stored);
        }
        List<Object> values = new ArrayList<>(orders.size());
        for (Sort.Order order : orders) {
            values.add(KeysetSort.valueAt(stored, order.getProperty()));
        }
        return values;
    }

    /** The list's name and its sort: a cursor of another list, or of this list sorted otherwise, is refused. */
    private static String tag(String list, List<Sort.Order> orders) {
        StringBuilder tag = new StringBuilder(list).append(':');
        for (Sort.Order order : orders) {
            tag.append(order.getProperty()).append(order.isAscending() ? '+' : '-');
        }
        return tag.toString();
    }
}
