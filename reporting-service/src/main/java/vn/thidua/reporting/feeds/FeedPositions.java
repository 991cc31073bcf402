package vn.thidua.reporting.feeds;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** The stored position per feed ({@code feed_positions}, one document per feed). */
@Component
public class FeedPositions {

    private final MongoCollection<Document> positions;

    public FeedPositions(MongoTemplate mongo) {
        this.positions = mongo.getCollection("feed_positions");
    }

    public FeedPosition load(String feed) {
        Document stored = positions.find(Filters.eq("_id", feed)).first();
        if (stored == null) {
            return FeedPosition.start(feed);
        }
        return new FeedPosition(feed, ((Number) stored.get("cursor")).longValue(), instant(stored, "newestChangeAt"),
                instant(stored, "caughtUpAt"), instant(stored, "lastAttemptAt"), stored.getString("lastError"),
                ((Number) stored.get("applied")).longValue(), Boolean.TRUE.equals(stored.getBoolean("dirty")));
    }

    public void save(FeedPosition p) {
        Document stored = new Document("_id", p.feed()).append("cursor", p.cursor())
                .append("newestChangeAt", date(p.newestChangeAt())).append("caughtUpAt", date(p.caughtUpAt()))
                .append("lastAttemptAt", date(p.lastAttemptAt())).append("lastError", p.lastError())
                .append("applied", p.applied()).append("dirty", p.dirty());
        positions.replaceOne(Filters.eq("_id", p.feed()), stored, new ReplaceOptions().upsert(true));
    }

    private static Instant instant(Document stored, String field) {
        Date date = stored.getDate(field);
        return date == null ? null : date.toInstant();
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}
