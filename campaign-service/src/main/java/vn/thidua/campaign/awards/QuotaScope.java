package vn.thidua.campaign.awards;

import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a quota or an annual rule counts per: each unit of a type (optionally only those holding a status), or one
 * named unit (the standing agency).
 */
public record QuotaScope(
        @Size(max = 64) String unitType,
        @Size(max = 64) String unitCode,
        @Size(max = 20) List<String> statusAnyOf) {
}
