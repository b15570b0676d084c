package com.raptorcomply.sync.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/** Reads the elements of a streamed list one at a time, across pages; a failure closes the cursor and is thrown. */
final class StreamingRecordCursor implements RecordCursor<RemoteRecord> {

    private final PageSource pages;
    private final RecordReader reader;
    private final Consumer<JsonNode> observer;
    private JsonArrayStream page;
    private ListItem<RemoteRecord> ahead;
    private long aheadBytes;
    private long lastBytes;
    private int index;
    private boolean done;

    StreamingRecordCursor(PageSource pages, RecordReader reader, Consumer<JsonNode> observer) {
        this.pages = pages;
        this.reader = reader;
        this.observer = observer;
    }

    @Override
    public boolean hasNext() {
        while (ahead == null && !done) {
            advance();
        }
        return ahead != null;
    }

    @Override
    public ListItem<RemoteRecord> next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the list has no more elements");
        }
        ListItem<RemoteRecord> item = ahead;
        ahead = null;
        lastBytes = aheadBytes;
        return item;
    }

    @Override
    public long lastElementBytes() {
        return lastBytes;
    }

    private void advance() {
        if (page == null) {
            page = pages.nextPage();
            done = page == null;
            return;
        }
        try {
            JsonNode element = readElement();
            if (element == null) {
                page.close();
                page = null;
                return;
            }
            observer.accept(element);
            ahead = reader.item(index++, element);
            aheadBytes = page.lastSize();
        } catch (RejectedElementException e) {
            ahead = new ListItem.Rejected<>(index++, e.id(), e.field(), e.reason(), null);
            aheadBytes = 0;   // an oversized element's bytes were not kept
        }
    }

    private JsonNode readElement() {
        try {
            return page.next(index);
        } catch (RejectedElementException e) {
            throw e;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public void close() {
        done = true;
        if (page != null) {
            page.close();
            page = null;
        }
    }
}
