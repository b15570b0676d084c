package com.raptorcomply.sync.client;

import java.util.Iterator;
import java.util.List;

/**
 * The pages of one list, fetched one after another. Today the API sends a whole list as one page; when it
 * paginates, an implementation fetching the next page goes here and the cursor stays as it is.
 */
@FunctionalInterface
interface PageSource {

    /** The next page, or null when there is none. */
    JsonArrayStream nextPage();

    static PageSource single(JsonArrayStream page) {
        Iterator<JsonArrayStream> pages = List.of(page).iterator();
        return () -> pages.hasNext() ? pages.next() : null;
    }
}
