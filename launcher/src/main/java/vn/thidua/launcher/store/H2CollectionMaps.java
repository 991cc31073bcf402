package vn.thidua.launcher.store;

import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The maps of one collection under the names mongo-java-server's {@code H2Database} gives them (its prefixes are not
 * public): every backend of this package opens the same maps, so the data format never changes between them.
 */
record H2CollectionMaps(MVMap<Object, Document> data, MVMap<String, Object> meta) {

    static H2CollectionMaps open(MVStore store, String fullCollectionNamespace) {
        return new H2CollectionMaps(store.openMap("databases." + fullCollectionNamespace),
                store.openMap("meta." + fullCollectionNamespace));
    }
}
