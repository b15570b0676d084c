package com.raptorcomply.sync.client;

import java.util.Iterator;

/**
 * A list being streamed from the API, element by element; never held whole. A body that is not a JSON array,
 * or breaks off, surfaces as {@link ResponseFormatException} or {@link TransportException} from
 * {@link #hasNext()} / {@link #next()}. Close it to release the connection.
 */
public interface RecordCursor<T extends RemoteRecord> extends Iterator<ListItem<T>>, AutoCloseable {

    @Override
    void close();

    /** The size, as received, of the element the last {@link #next()} returned; 0 when unknown. */
    default long lastElementBytes() {
        return 0;
    }
}
