package vn.thidua.campaign.campaigns;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import vn.thidua.shared.sync.Tombstone;

/**
 * The OpenAPI shape of a campaigns feed page (the answer is a {@link vn.thidua.shared.sync.ChangePage}): its items
 * are campaigns or tombstones, which a generated client can only tell apart if the document says so.
 */
@Schema(name = "CampaignChangePage")
record CampaignChangePage(
        @ArraySchema(schema = @Schema(oneOf = {CampaignChange.class, Tombstone.class})) List<Object> items,
        long since, long nextCursor, boolean more) {
}
