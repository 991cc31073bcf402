package vn.thidua.award.decisions;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import vn.thidua.shared.sync.Tombstone;

/**
 * The OpenAPI shape of a decisions feed page (the answer is a {@link vn.thidua.shared.sync.ChangePage}): decisions,
 * revocations or tombstones, told apart by {@code kind} (or {@code deleted}).
 */
@Schema(name = "DecisionChangePage")
record DecisionChangePage(
        @ArraySchema(schema = @Schema(oneOf = {DecisionChange.class, RevocationChange.class, Tombstone.class}))
        List<Object> items,
        long since, long nextCursor, boolean more) {
}
