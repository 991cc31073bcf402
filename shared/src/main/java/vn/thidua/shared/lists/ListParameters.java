package vn.thidua.shared.lists;

/** The OpenAPI descriptions of the list parameters, one wording for every list of every service. */
public final class ListParameters {

    public static final String PAGE = "Page number from 0 (offset pages: for short lists; a long list continues "
            + "with `after`)";
    public static final String SIZE = "Items per page, 1-100";
    public static final String AFTER = "Cursor of the next page: the `next` value of the previous answer, as given "
            + "(opaque, URL-safe). Replaces `page` (keyset pagination: stable and as fast on page 1000 as on page 1). "
            + "A cursor of another list or sort is a 400 naming `after`";
    public static final String ANSWER = " Answers {items, page, size, totalItems, totalExact, next}: totalItems "
            + "counts up to thidua.lists.count-cap (10000; totalExact=false past it), next is the cursor of the "
            + "following page (null on the last).";

    private ListParameters() {
    }
}
