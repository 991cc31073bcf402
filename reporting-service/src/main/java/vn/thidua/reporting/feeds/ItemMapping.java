package vn.thidua.reporting.feeds;

import static vn.thidua.reporting.readmodel.Projections.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import vn.thidua.reporting.readmodel.Change;
import vn.thidua.reporting.readmodel.Projections;

/**
 * A feed item (JSON, as README "Change feeds" describes it) into the fields the read model keeps: only what the
 * counters group by and the reports label with; no personal data is kept (the feeds carry none either).
 */
final class ItemMapping {

    private ItemMapping() {
    }

    static Change change(String feed, JsonNode item) {
        String id = item.path("id").asString();
        long seq = item.path("changeSeq").asLong();
        if (item.path("deleted").asBoolean(false)) {
            return Change.tombstone(id, seq);
        }
        return new Change(id, seq, false, fields(feed, item));
    }

    private static Map<String, Object> fields(String feed, JsonNode i) {
        return switch (feed) {
            case Projections.DOSSIERS -> document("status", text(i, "status"), "tenant", text(i, "tenant"),
                    "unitPath", list(i.path("unitPath")), "campaignId", text(i, "campaignId"),
                    "year", i.path("year").asInt(), "awardFormCode", text(i, "awardFormCode"),
                    "awardLevel", text(i, "awardLevel"), "late", i.path("late").asBoolean(false),
                    "refused", i.path("refused").asBoolean(false), "revoked", i.path("revoked").asBoolean(false));
            case Projections.REGISTRATIONS -> document("status", text(i, "status"), "tenant", text(i, "tenant"),
                    "unitPath", list(i.path("unitPath")), "campaignId", text(i, "campaignId"),
                    "year", i.path("year").asInt(), "late", i.path("late").asBoolean(false));
            case Projections.CAMPAIGNS -> document("id", text(i, "id"), "status", text(i, "status"),
                    "tenant", text(i, "tenant"), "unitPath", list(i.path("unitPath")),
                    "ownerUnitCode", text(i, "ownerUnitCode"), "code", text(i.path("campaign"), "code"),
                    "name", text(i.path("campaign"), "name"), "level", text(i.path("campaign"), "level"));
            case Projections.DECISIONS -> document("kind", text(i, "kind"), "status", text(i, "status"),
                    "tenant", text(i, "tenant"), "unitPath", list(i.path("unitPath")),
                    "year", year(text(i, "REVOCATION".equals(text(i, "kind")) ? "revokedOn" : "signedOn")));
            case Projections.UNITS -> document("code", text(i, "code"), "level", text(i, "level"),
                    "name", text(i, "name"), "parentCode", text(i, "parentCode"), "tenant", text(i, "tenant"),
                    "path", list(i.path("path")), "validFrom", text(i, "validFrom"), "validTo", text(i, "validTo"),
                    "official", i.path("official").asBoolean(false));
            case Projections.SUCCESSIONS -> document("fromLevel", text(i, "fromLevel"),
                    "fromCode", text(i, "fromCode"), "toLevel", text(i, "toLevel"), "toCode", text(i, "toCode"),
                    "kind", text(i, "kind"), "effectiveDate", text(i, "effectiveDate"));
            default -> throw new IllegalArgumentException("Unknown feed " + feed);
        };
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static List<String> list(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(value -> values.add(value.asString()));
        }
        return values;
    }

    private static Integer year(String date) {
        return date == null || date.length() < 4 ? 0 : Integer.parseInt(date.substring(0, 4));
    }
}
