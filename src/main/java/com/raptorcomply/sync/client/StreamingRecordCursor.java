package com.raptorcomply.sync.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * Reads the elements of a streamed list one at a time, across pages; a failure closes the cursor and is thrown.
 * Each element is hashed as received; one the warehouse holds ({@code known}, asked for when the first element has
 * arrived) is only outlined, not parsed, once the observer has seen what it needs.
 */
final class StreamingRecordCursor implements RecordCursor<RemoteRecord> {

    /** Sees parsed elements (to detect the dialect) and says whether it still needs to. */
    interface Observer {
        void observe(JsonNode element);

        boolean needsElements();
    }

    private final PageSource pages;
    private final RecordReader reader;
    private final Observer observer;
    private final Supplier<KnownTexts> knownSource;
    private KnownTexts known;
    private final ElementOutline outline;
    private JsonArrayStream page;
    private ListItem<RemoteRecord> ahead;
    private long aheadBytes;
    private long lastBytes;
    private int index;
    private boolean done;

    StreamingRecordCursor(PageSource pages, ResourceType type, Observer observer, Supplier<KnownTexts> known) {
        this.pages = pages;
        this.reader = RecordReader.of(type);
        this.observer = observer;
        this.knownSource = known;
        this.outline = new ElementOutline(type);
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
            ElementBytes element = readElement();
            if (element == null) {
                page.close();
                page = null;
                return;
            }
            ahead = item(element);
            aheadBytes = page.lastSize();
        } catch (RejectedElementException e) {
            ahead = new ListItem.Rejected<>(index++, e.id(), e.field(), e.reason(), null);
            aheadBytes = 0;   // an oversized element's bytes were not kept
        }
    }

    private ListItem<RemoteRecord> item(ElementBytes element) {
        String textHash = TextHash.of(element.array(), element.length());
        if (known == null) {
            known = knownSource.get();
        }
        ListItem<RemoteRecord> held = known.size() == 0 || observer.needsElements() ? null
                : outline.held(index, element.array(), element.length(), textHash, known);
        if (held != null) {
            index++;
            return held;
        }
        JsonNode parsed = parse(element);
        observer.observe(parsed);
        return reader.item(index++, parsed, textHash);
    }

    private ElementBytes readElement() {
        return closingOnFailure(() -> page.nextBytes(index));
    }

    private JsonNode parse(ElementBytes element) {
        return closingOnFailure(() -> page.parse(element, index));
    }

    /** A rejected element leaves the list readable; any other failure ends it. */
    private <R> R closingOnFailure(Supplier<R> read) {
        try {
            return read.get();
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
