package com.raptorcomply.sync.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/** Maps the elements of a streamed list one at a time, across pages; a failure closes the cursor and is thrown. */
final class StreamingRecordCursor<T extends RemoteRecord> implements RecordCursor<T> {

    private final PageSource pages;
    private final RecordMapper<T> mapper;
    private final Consumer<JsonNode> observer;
    private JsonArrayStream page;
    private ListItem<T> ahead;
    private int index;
    private boolean done;

    StreamingRecordCursor(PageSource pages, RecordMapper<T> mapper, Consumer<JsonNode> observer) {
        this.pages = pages;
        this.mapper = mapper;
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
    public ListItem<T> next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the list has no more elements");
        }
        ListItem<T> item = ahead;
        ahead = null;
        return item;
    }

    private void advance() {
        if (page == null) {
            page = pages.nextPage();
            done = page == null;
            return;
        }
        JsonNode element = readElement();
        if (element == null) {
            page.close();
            page = null;
            return;
        }
        observer.accept(element);
        ahead = mapper.item(index++, element);
    }

    private JsonNode readElement() {
        try {
            return page.next(index);
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
