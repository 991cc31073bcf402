package vn.thidua.launcher.store;

import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The maps of one collection under the names mongo-java-server's {@code H2Database} gives them (its prefixes are not
 * public): every backend of this package opens the same maps with the same value type, so {@code indexed} and
 * {@code bounded} read each other's files; mongo-java-server's stock {@code h2} backend cannot read a document once
 * it is stored as BSON.
 */
record H2CollectionMaps(MVMap<Object, Document> data, MVMap<String, Object> meta) {

    static H2CollectionMaps open(MVStore store, String fullCollectionNamespace) {
        // Documents as BSON (BsonDocumentType), readable with the values written before it (Java serialisation).
        return new H2CollectionMaps(store.openMap("databases." + fullCollectionNamespace,
                new MVMap.Builder<Object, Document>().valueType(BsonDocumentType.INSTANCE)),
                store.openMap("meta." + fullCollectionNamespace));
    }
}
