package vn.thidua.shared.lists;

import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;

/**
 * Declares the index a list filter needs, in the one order that serves it: the equality fields (tenant first),
 * then the list's sort with its {@code _id} tiebreaker. A store then finds the first page by walking the index from
 * the filter's start and stops after {@code size + 1} entries; a cursor page starts where the last one ended.
 */
public final class ListIndexes {

    private ListIndexes() {
    }

    public static void declare(IndexOperations indexes, Sort sort, String... equalities) {
        indexes.createIndex(index(sort, equalities));
    }

    public static Index index(Sort sort, String... equalities) {
        Index index = new Index();
        for (String field : equalities) {
            index.on(field, Sort.Direction.ASC);
        }
        for (Sort.Order order : KeysetSort.withTiebreaker(sort)) {
            // A sort key the filter pins by equality is constant in the answer: the index has it once, in front.
            if (!java.util.Arrays.asList(equalities).contains(order.getProperty())) {
                index.on(order.getProperty(), order.getDirection());
            }
        }
        return index;
    }

    /** The same list index for each of these sets of equality fields (one per filter the list offers). */
    public static void declareAll(IndexOperations indexes, Sort sort, List<List<String>> equalitySets) {
        for (List<String> equalities : equalitySets) {
            declare(indexes, sort, equalities.toArray(String[]::new));
        }
    }
}
