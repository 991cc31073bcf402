package vn.thidua.shared.lists;

import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;

/** The pieces of a keyset page: a total order and the filter "after this item" in it. */
public final class KeysetSort {

    public static final String ID = "_id";

    private KeysetSort() {
    }

    /**
     * The sort with {@code _id} last (in the last key's direction, so an index {@code (…, key, _id)} serves both in
     * one walk): ties no longer leave the order to the store, and every item has a unique position to continue from.
     */
    public static List<Sort.Order> withTiebreaker(Sort sort) {
        List<Sort.Order> orders = new ArrayList<>();
        Sort.Direction last = Sort.Direction.ASC;
        for (Sort.Order order : sort) {
            String field = "id".equals(order.getProperty()) ? ID : order.getProperty();
            orders.add(new Sort.Order(order.getDirection(), field));
            last = order.getDirection();
            if (ID.equals(field)) {
                return orders;
            }
        }
        orders.add(new Sort.Order(last, ID));
        return orders;
    }

    /**
     * The items after {@code values} in {@code orders}: {@code k1 > v1} or ({@code k1 = v1} and {@code k2 > v2}) …
     * ("&gt;" meaning "later in that key's direction"), plus a plain range on the first key, so a store's planner
     * can bound the walk of the index {@code (equalities…, k1, …, _id)} instead of re-checking the $or from the start.
     */
    public static Criteria after(List<Sort.Order> orders, List<Object> values) {
        List<Criteria> branches = new ArrayList<>();
        for (int i = 0; i < orders.size(); i++) {
            Criteria later = later(orders.get(i), values.get(i));
            if (later == null) {
                continue;
            }
            List<Criteria> branch = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                branch.add(Criteria.where(orders.get(j).getProperty()).is(values.get(j)));
            }
            branch.add(later);
            branches.add(branch.size() == 1 ? later : new Criteria().andOperator(branch));
        }
        if (branches.isEmpty()) {
            // After the last possible item: nothing (an _id never equals this).
            return Criteria.where(ID).exists(false);
        }
        Criteria keyset = new Criteria().orOperator(branches);
        Sort.Order first = orders.getFirst();
        Object value = values.getFirst();
        if (value == null || orders.size() == 1) {
            return keyset;
        }
        Criteria bound = first.isAscending() ? Criteria.where(first.getProperty()).gte(value)
                : Criteria.where(first.getProperty()).lte(value);
        return new Criteria().andOperator(bound, keyset);
    }

    /**
     * "Later than {@code value}" on one key. Null sorts first ascending: after null come the non-null values; in a
     * descending sort nothing comes after null (the sort keys of the lists are always present, see BoundedLists).
     */
    private static Criteria later(Sort.Order order, Object value) {
        String field = order.getProperty();
        if (value == null) {
            return order.isAscending() ? Criteria.where(field).ne(null) : null;
        }
        return order.isAscending() ? Criteria.where(field).gt(value) : Criteria.where(field).lt(value);
    }

    /** The value at a dotted path of a stored document ({@code plan.code}); null when absent. */
    static Object valueAt(Document stored, String path) {
        Object current = stored;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Document document)) {
                return null;
            }
            current = document.get(part);
        }
        return current;
    }
}
